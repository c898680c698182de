package org.retrotread.ui.clients;

import java.util.List;
import java.util.Optional;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.store.Amendment;
import org.retrotread.store.SealChain;
import org.retrotread.store.SessionRecord;

/** One past session, whole: its record, the exact plan version it ran, every event, and its amendments. */
public record SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments,
                            SealChain.Integrity integrity) {

    public SessionDetail(SessionRecord record, Plan plan, List<SessionEvent> events, List<Amendment> amendments) {
        this(record, plan, events, amendments, SealChain.Integrity.INTACT);
    }

    /** The session as its corrections make it (the summary worked out again from the events, as the console did). */
    public Corrected corrected() {
        return Corrections.apply(plan, record.context(), events,
                amendments.stream().map(Amendment::correction).flatMap(Optional::stream).toList());
    }

    /** The summary with every correction applied. */
    public SessionSummary summary() {
        return corrected().summary();
    }
}
