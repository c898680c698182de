package org.retrotread.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * After a crash: finds sessions the app lost, rebuilds each from its events, and either carries it
 * on or closes it as interrupted. All of its data is kept either way.
 *
 * <p>The app stopped at the later of the session's last event and its last heartbeat; the time from
 * then to now is counted as a pause, since the walker was not being timed.
 */
public final class CrashRecovery {

    /** A session found unfinished, rebuilt from its events. */
    public record Lost(SessionRecord record, Plan plan, List<SessionEvent> events, SessionState state, Duration stoppedAt,
                       Instant stoppedAtWall) {
    }

    private CrashRecovery() {
    }

    /**
     * Sessions to offer for recovery. Sessions that had ended but were not sealed (the app stopped
     * on the summary screen) need no decision: they are sealed here.
     */
    public static List<Lost> find(Store store) throws SQLException {
        List<Lost> lost = new ArrayList<>();
        for (SessionRecord record : store.sessions().unsealed()) {
            Plan plan = store.planOf(record);
            List<SessionEvent> events = store.sessions().events(record.id());
            SessionState state = SessionState.replay(plan, events);
            Duration stoppedAt = max(state.lastEventAt(), record.lastSeen());
            Instant stoppedAtWall = wallClockAt(record, state, stoppedAt);
            if (state.status() == SessionStatus.FINISHED) {
                store.sessions().seal(record.id(), SummaryCalculator.summarise(plan, record.context(), events, stoppedAt));
            } else {
                lost.add(new Lost(record, plan, events, state, stoppedAt, stoppedAtWall));
            }
        }
        return lost;
    }

    /**
     * Carries a lost session on: an engine holding its history, paused at the moment the app stopped
     * (if it was running), with its clock moved on by the real time the app was down.
     *
     * @param recorded receives the events this adds (the pause), for the journal
     */
    public static SessionEngine resume(Lost lost, Clock wallClock, Consumer<SessionEvent> recorded) {
        Duration down = Duration.between(lost.stoppedAtWall(), wallClock.instant());
        Duration resumeAt = lost.stoppedAt().plus(down.isNegative() ? Duration.ZERO : down);
        List<SessionEvent> history = new ArrayList<>(lost.events());
        if (lost.state().status() == SessionStatus.RUNNING) {
            history.addAll(at(lost, lost.stoppedAt(), new Command.Pause()));
        }
        history.subList(lost.events().size(), history.size()).forEach(recorded);
        return new SessionEngine(lost.plan(), lost.record().context(), SessionClock.continuingFrom(resumeAt), wallClock, history);
    }

    /**
     * Closes a lost session as interrupted at the moment the app stopped; returns the events to
     * journal. A session lost before its first event has nothing to close: the empty list.
     */
    public static List<SessionEvent> closeAsInterrupted(Lost lost, String reason) {
        if (lost.state().status() == SessionStatus.READY) {
            return List.of();
        }
        return at(lost, lost.stoppedAt(), new Command.CloseInterrupted(reason));
    }

    /**
     * Closes a lost session as interrupted and seals it, through the journal (in order, on its thread): the
     * operator chose not to resume it. Its summary counts up to the moment the app stopped.
     */
    public static void closeAndSeal(Lost lost, String reason, EventJournal journal) {
        long id = lost.record().id();
        List<SessionEvent> closing = closeAsInterrupted(lost, reason);
        closing.forEach(e -> journal.append(id, e));
        List<SessionEvent> all = new ArrayList<>(lost.events());
        all.addAll(closing);
        journal.seal(id, SummaryCalculator.summarise(lost.plan(), lost.record().context(), all,
                lost.stoppedAt()));
    }

    private static List<SessionEvent> at(Lost lost, Duration when, Command command) {
        SessionEngine engine = new SessionEngine(lost.plan(), lost.record().context(), () -> when, Clock.systemUTC(),
                lost.events());
        CommandResult result = engine.handle(command);
        if (!(result instanceof CommandResult.Accepted accepted)) {
            throw new IllegalStateException("recovery could not " + command + ": " + result);
        }
        return accepted.events().stream().filter(e -> e.seq() > lost.state().lastSeq()).toList();
    }

    /**
     * The wall-clock moment of a session-clock time. The latest heartbeat pairs the two clocks most
     * recently; without one, the start does. Both measure from their own pair: the session clock counts
     * from when the console opened, so adding it to the start's wall clock would misplace every later
     * event by the wait before the start.
     */
    private static Instant wallClockAt(SessionRecord record, SessionState state, Duration at) {
        if (record.lastSeenAt().isPresent()) {
            return record.lastSeenAt().get().plus(at.minus(record.lastSeen()));
        }
        return state.wallClockAt(at).orElse(record.openedAt().plus(at));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
