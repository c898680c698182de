package org.retrotread.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.store.Amendment;
import org.retrotread.store.Client;
import org.retrotread.store.SealChain;
import org.retrotread.store.SessionRecord;

/**
 * One finished session, whole, as the sheet needs it: the record, the plan exactly as it ran and its
 * version number, who it was for, every event and every amendment.
 */
public record SheetInput(SessionRecord record, Plan plan, int planVersion, Optional<Client> client,
                         List<SessionEvent> events, List<Amendment> amendments, SealChain.Integrity integrity) {

    /** A sheet of a session as it was just recorded (the samples, the tests): its seal not in question. */
    public SheetInput(SessionRecord record, Plan plan, int planVersion, Optional<Client> client,
                      List<SessionEvent> events, List<Amendment> amendments) {
        this(record, plan, planVersion, client, events, amendments, SealChain.Integrity.INTACT);
    }

    public Optional<String> clientName() {
        return client.map(Client::name);
    }

    public SheetInput {
        events = List.copyOf(events);
        amendments = List.copyOf(amendments);
    }

    /** The session's end on its own clock: its last event. */
    public Duration end() {
        return events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).at();
    }

    /** The session as its corrections make it: the figures every part of the sheet uses. */
    public Corrected corrected() {
        return Corrections.apply(plan, record.context(), events,
                amendments.stream().map(Amendment::correction).flatMap(Optional::stream).toList());
    }

    /** The summary, worked out from the events as the console did, with every correction applied. */
    public SessionSummary summary() {
        return corrected().summary();
    }
}
