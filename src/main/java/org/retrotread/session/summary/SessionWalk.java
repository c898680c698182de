package org.retrotread.session.summary;

import java.time.Duration;
import java.util.List;
import org.retrotread.session.SessionState;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;

/**
 * Walks a session's recorded time: replays its events through {@link SessionState} and tells a
 * visitor about every stretch between two events, with the state that held during it. The summary
 * and the speed trace are both made this way, so they can never disagree about what happened when.
 */
final class SessionWalk {

    /** What a walk reports. */
    interface Visitor {
        /** A stretch of {@code span} (wall time on the session clock) during which {@code state} held. */
        void stretch(SessionState state, Duration span);

        /** An event, with the state just before it. */
        default void event(SessionState before, SessionEvent event) {
        }
    }

    private SessionWalk() {
    }

    /** Walks up to {@code until} (for a session still running); returns the final state. */
    static SessionState walk(Plan plan, List<? extends SessionEvent> events, Duration until, Visitor visitor) {
        SessionState state = SessionState.initial(plan);
        Duration last = Duration.ZERO;
        for (SessionEvent event : events) {
            Duration span = event.at().minus(last);
            if (!span.isZero()) {
                visitor.stretch(state, span);
            }
            visitor.event(state, event);
            state = state.apply(event);
            last = event.at();
        }
        if (until.compareTo(last) > 0) {
            visitor.stretch(state, until.minus(last));
        }
        return state;
    }

    static Duration end(List<? extends SessionEvent> events, Duration until) {
        Duration last = events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).at();
        return until.compareTo(last) > 0 ? until : last;
    }
}
