package org.retrotread.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Store;
import org.retrotread.store.Workstation;

/**
 * Where the record trail is: the file's own on a laptop; on a clinic workstation the server's, written as the login
 * and read whole (every workstation's rows), so that a paper printed in one room is in the trail the other rooms
 * see. Chosen at each use: the workstation exists once someone has signed in. Used on the database thread.
 */
final class RecordTrail {

    private final Store file;
    private final Supplier<Optional<Workstation>> clinic;

    RecordTrail(Store file, Supplier<Optional<Workstation>> clinic) {
        this.file = file;
        this.clinic = clinic;
    }

    /** @return false when nothing can be written (the file open read-only): the caller says so */
    boolean record(Optional<Long> clientId, AuditTrail.Action action, String subject, String where) throws Exception {
        Optional<Workstation> w = clinic.get();
        return w.isPresent() ? w.get().audit(clientId, action, subject, where) : file.audit().record(clientId, action, subject, where);
    }

    List<AuditTrail.Entry> ofClient(long clientId) throws Exception {
        Optional<Workstation> w = clinic.get();
        return w.isPresent() ? w.get().auditOf(clientId) : file.audit().ofClient(clientId);
    }

    boolean intact() throws Exception {
        Optional<Workstation> w = clinic.get();
        return w.isPresent() ? w.get().auditIntact() : file.audit().intact();
    }
}
