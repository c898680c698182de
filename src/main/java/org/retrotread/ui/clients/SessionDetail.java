package org.retrotread.ui.clients;

import java.util.List;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.store.Amendment;
import org.retrotread.store.SessionRecord;

/** One past session, whole: its record, the exact plan version it ran, every event, and its amendments. */
public record SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments,
                            org.retrotread.store.SealChain.Integrity integrity) {

    public SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments) {
        this(record, plan, events, amendments, org.retrotread.store.SealChain.Integrity.INTACT);
    }

    /** The summary, worked out again from the events (the same way the console did). */
    public SessionSummary summary() {
        java.time.Duration end = events.isEmpty() ? java.time.Duration.ZERO : events.get(events.size() - 1).at();
        return SummaryCalculator.summarise(plan, record.context(), events, end);
    }
}
