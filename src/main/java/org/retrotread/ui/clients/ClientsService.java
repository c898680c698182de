package org.retrotread.ui.clients;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Amendment;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.WalkTest;

/**
 * What the client screens need from the database. Every call answers later, on the screen's
 * thread: the app does the work on its database thread, so the screen never waits for a disk.
 */
public interface ClientsService {

    void overview(Consumer<List<ClientOverview>> done);

    void history(long clientId, Consumer<List<HistoryRow>> done);

    /** A past session with its plan, events and amendments. */
    void session(long sessionId, Consumer<SessionDetail> done);

    /** Adds a correction to a finished session; the original stays as it was. */
    void amend(long sessionId, String author, String reason, Correction correction,
               Consumer<Amendment> done, Consumer<String> failed);

    void walkTests(long clientId, Consumer<List<WalkTest>> done);

    /** Records a 3-Metre Backward Walk Test result. */
    void addWalkTest(long clientId, LocalDate takenOn, Duration time, String aid, String note,
                     Consumer<WalkTest> done, Consumer<String> failed);

    /** Corrects a result typed wrongly (who, why, the right time); the original stays on the record. */
    void correctWalkTest(long walkTestId, Duration time, String author, String reason,
                         Consumer<WalkTest> done, Consumer<String> failed);

    void walkTestCutoff(long clientId, Consumer<Optional<Cutoff>> done);

    void setWalkTestCutoff(long clientId, Cutoff cutoff);

    /** A client's audit trail (their rows and the clinic-wide ones), and whether it still checks out; null when it could not be read. */
    void auditTrail(long clientId, Consumer<AuditView> done);

    /** What the audit trail tab shows. */
    record AuditView(List<AuditTrail.Entry> entries, boolean intact) {
    }

    /**
     * Saves a new client ({@code loaded} empty) or changes to the profile as it was {@code loaded}; {@code failed}
     * gets a sentence for the person. A profile someone else saved meanwhile is not overwritten: {@code changedMeanwhile}
     * hears the profile as it is now, and {@code failed} what they changed.
     */
    void save(Optional<Client> loaded, Client client, Consumer<Client> done, Consumer<Client> changedMeanwhile,
              Consumer<String> failed);
}
