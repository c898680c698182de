package org.retrotread.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.text.Message;

/**
 * Brings an exported session back into the database: the rescue path when saving failed during a session.
 *
 * <p>The session is found by its UUID. Not there: it is added whole (its client too, when this database has
 * them). There, and its stored events are the start of the file's: the rest is added, and a session that
 * ended is sealed. Anything else is refused with the reason and nothing is written: a file whose content does
 * not match its hash, a session already whole here, or one whose stored events differ from the file's.
 */
public final class SessionImports {

    /** What an import did. */
    public record Outcome(long sessionId, boolean added, int eventsAdded, boolean sealed, boolean clientFound) {
    }

    private final Store store;

    public SessionImports(Store store) {
        this.store = store;
    }

    public Outcome importFile(Path file) throws SessionExport.Refused, SQLException {
        SessionExport.Contents contents = SessionExport.read(file);
        try {
            return Sql.inTransaction(store.connection(), x -> bringBack(contents, file));
        } catch (Refusal r) {
            throw r.refused();
        }
    }

    private Outcome bringBack(SessionExport.Contents contents, Path file) throws SQLException {
        SessionOpening o = contents.opening();
        List<SessionEvent> events = contents.events();
        Sessions sessions = store.sessions();
        Optional<SessionRecord> stored = sessions.findByUuid(o.uuid());
        Optional<Long> client = o.clientUuid().isPresent() ? store.clients().idOf(o.clientUuid().get()) : Optional.empty();
        long id;
        List<SessionEvent> already;
        if (stored.isEmpty()) {
            id = sessions.find(o.id()).isEmpty() ? o.id() : sessions.nextId(); // its number may be taken here: the UUID is what counts
            SessionOpening here = new SessionOpening(id, o.uuid(), client, o.starterId(), Optional.empty(), o.plan(), o.operator(),
                    o.context(), o.openedAt(), o.progression(), o.clientUuid());
            Plans plans = store.plans();
            long version = o.starterId().isPresent() ? plans.starter(o.starterId().get(), o.plan()).id() : plans.create(o.plan()).id();
            sessions.insert(here, version);
            already = List.of();
        } else {
            id = stored.get().id();
            already = sessions.events(id);
            if (already.size() > events.size() || !events.subList(0, already.size()).equals(already)) {
                throw refused("sessionImport.differs", file);
            }
            if (stored.get().sealed() || already.size() == events.size()) {
                throw refused("sessionImport.duplicate", file);
            }
        }
        for (SessionEvent e : events.subList(already.size(), events.size())) {
            sessions.append(id, e);
        }
        boolean ended = !events.isEmpty() && events.get(events.size() - 1) instanceof SessionEnded;
        if (ended) {
            SessionEnded end = (SessionEnded) events.get(events.size() - 1);
            sessions.seal(id, SummaryCalculator.summarise(o.plan(), o.context(), events, end.at()));
        }
        return new Outcome(id, stored.isEmpty(), events.size() - already.size(), ended, client.isPresent() || o.clientUuid().isEmpty());
    }

    private static SQLException refused(String key, Path file) {
        return new Refusal(new SessionExport.Refused(Message.of(key, file.toString())));
    }

    /** A refusal found inside the transaction: it rolls the transaction back like any failure, then is said. */
    static final class Refusal extends SQLException {
        Refusal(SessionExport.Refused refused) {
            super(refused.getMessage(), refused);
        }

        SessionExport.Refused refused() {
            return (SessionExport.Refused) getCause();
        }
    }
}
