package org.retrotread.session.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * A session along its active time (pauses left out), for charts on screen and on paper: what was
 * done (the actual speed, the rails) and what was planned, including the planned part still to come.
 *
 * @param done    stretches already walked, in order, each with one actual speed, target and rail state
 * @param planned every segment's target over time: walked ones where they happened, later ones as planned
 * @param length  the time the chart should span: what was done plus what is still planned
 */
public record SpeedTrace(List<Done> done, List<Planned> planned, Duration length) {

    /** A stretch of active time with one actual speed (empty until one is entered), one rail state and one grade. */
    public record Done(Duration from, Duration to, Optional<Speed> actual, int blockIndex, boolean onRails, Movement movement,
                       Grade grade) {
    }

    /** A segment's target over a stretch of active time. */
    public record Planned(Duration from, Duration to, Optional<Target> target, int blockIndex) {
    }

    public static SpeedTrace of(Plan plan, List<? extends SessionEvent> events, Duration until) {
        List<Done> done = new ArrayList<>();
        Duration[] active = {Duration.ZERO};
        SessionState end = SessionWalk.walk(plan, events, until, (state, span) -> {
            if (!state.isRunning()) {
                return;
            }
            Segment segment = state.currentSegment().orElseThrow();
            Duration from = active[0];
            active[0] = from.plus(span);
            Done next = new Done(from, active[0], state.actualSpeed(), segment.blockIndex(), state.handsOnRails(), segment.movement(),
                    state.actualGrade());
            if (!done.isEmpty() && sameButLonger(done.get(done.size() - 1), next)) {
                Done last = done.remove(done.size() - 1);
                next = new Done(last.from(), next.to(), next.actual(), next.blockIndex(), next.onRails(), next.movement(), next.grade());
            }
            done.add(next);
        });
        List<Planned> planned = planned(plan, events, end, active[0]);
        Duration length = planned.isEmpty() ? active[0] : max(active[0], planned.get(planned.size() - 1).to());
        return new SpeedTrace(List.copyOf(done), planned, length);
    }

    private static boolean sameButLonger(Done a, Done b) {
        return a.to().equals(b.from()) && a.actual().equals(b.actual()) && a.blockIndex() == b.blockIndex()
                && a.onRails() == b.onRails() && a.movement() == b.movement() && a.grade().equals(b.grade());
    }

    /** Segments walked (from their recorded starts), then the rest of the plan laid out after the current one. */
    private static List<Planned> planned(Plan plan, List<? extends SessionEvent> events, SessionState end, Duration activeNow) {
        List<Segment> segments = plan.segments();
        List<Planned> planned = new ArrayList<>();
        List<Duration> starts = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        SessionWalk.walk(plan, events, Duration.ZERO, new SessionWalk.Visitor() {
            @Override
            public void stretch(SessionState state, Duration span) {
            }

            @Override
            public void event(SessionState before, SessionEvent event) {
                if (event instanceof SegmentEntered s) {
                    starts.add(before.activeTime(event.at()));
                    indexes.add(s.segmentIndex());
                }
            }
        });
        for (int i = 0; i < starts.size(); i++) {
            Segment s = segments.get(indexes.get(i));
            boolean last = i == starts.size() - 1;
            Duration to = last ? max(activeNow, starts.get(i).plus(s.duration())) : starts.get(i + 1);
            if (last && end.status() == SessionStatus.FINISHED) {
                to = activeNow;
            }
            planned.add(new Planned(starts.get(i), to, s.target(), s.blockIndex()));
        }
        if (end.status() != SessionStatus.FINISHED) {
            int next = indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1) + 1;
            Duration from = planned.isEmpty() ? Duration.ZERO : planned.get(planned.size() - 1).to();
            for (int i = next; i < segments.size(); i++) {
                Segment s = segments.get(i);
                planned.add(new Planned(from, from.plus(s.duration()), s.target(), s.blockIndex()));
                from = from.plus(s.duration());
            }
        }
        return List.copyOf(planned);
    }

    /** True when some stretch was walked at a grade other than level: the charts then draw the grade too. */
    public boolean anyGrade() {
        return done.stream().anyMatch(d -> !d.grade().isLevel());
    }

    /** The lowest and highest grade walked, level included, for a chart's grade scale. */
    public Grade lowestGrade() {
        return done.stream().map(Done::grade).reduce(Grade.LEVEL, Grade::min);
    }

    public Grade highestGrade() {
        return done.stream().map(Done::grade).reduce(Grade.LEVEL, Grade::max);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
