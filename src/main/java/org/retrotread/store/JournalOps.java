package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SessionSummary;

/** What the {@link EventJournal} writes: four kinds of item, and a batch of them written in one transaction. */
final class JournalOps {

    private JournalOps() {
    }

    sealed interface Op permits Open, Append, Heartbeat, Seal {
    }

    record Open(SessionOpening opening) implements Op {
    }

    record Append(long sessionId, SessionEvent event) implements Op {
    }

    record Heartbeat(long sessionId, Duration at, Instant wall) implements Op {
    }

    record Seal(long sessionId, SessionSummary summary) implements Op {
    }

    /** Writes {@code batch} in order, in one transaction on {@code c}: all of it, or (on a throw) none. */
    static void write(Connection c, Sessions sessions, Plans plans, List<Op> batch) throws SQLException {
        Sql.inTransaction(c, x -> {
            for (Op op : batch) {
                if (op instanceof Open o) {
                    sessions.insert(o.opening(), planVersion(plans, o.opening()));
                } else if (op instanceof Append a) {
                    sessions.append(a.sessionId(), a.event());
                } else if (op instanceof Heartbeat h) {
                    sessions.heartbeat(h.sessionId(), h.at(), h.wall());
                } else if (op instanceof Seal s) {
                    sessions.seal(s.sessionId(), s.summary());
                }
            }
            return null;
        });
    }

    /** The plan version a session opens on: its own, a starter's, or a new one for a plan made for it alone. */
    private static long planVersion(Plans plans, SessionOpening o) throws SQLException {
        if (o.planVersionId().isPresent()) {
            return o.planVersionId().get();
        }
        return o.starterId().isPresent() ? plans.starter(o.starterId().get(), o.plan()).id() : plans.create(o.plan()).id();
    }
}
