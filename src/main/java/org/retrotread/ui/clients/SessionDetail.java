package org.retrotread.ui.clients;

import java.util.List;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.store.Amendment;
import org.retrotread.store.SessionRecord;

/** One past session, whole: its record, the exact plan version it ran, every event, and its amendments. */
public record SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments,
                            org.retrotread.store.SealChain.Integrity integrity) {

    public SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments) {
        this(record, plan, events, amendments, org.retrotread.store.SealChain.Integrity.INTACT);
    }

    /** The session as its corrections make it (the summary worked out again from the events, as the console did). */
    public org.retrotread.session.correction.Corrected corrected() {
        return org.retrotread.session.correction.Corrections.apply(plan, record.context(), events,
                amendments.stream().map(Amendment::correction).flatMap(java.util.Optional::stream).toList());
    }

    /** The summary with every correction applied. */
    public SessionSummary summary() {
        return corrected().summary();
    }
}
