package org.retrotread.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.retrotread.i18n.Messages;
import org.retrotread.store.AuditTrail;

/**
 * Writes what was just done (a file saved, a page printed, a backup made, a restore, an import) into the
 * audit trail, on the database thread, and says what could not be written there: a sentence to add after
 * the news of what was done, or "" when the row is in the trail. Never silently left out.
 */
final class Audited {

    private Audited() {
    }

    static String line(Messages text, AuditTrail trail, Optional<Long> client, AuditTrail.Action action, String subject,
                       String where) {
        return line(text, () -> trail.record(client, action, subject, where));
    }

    /** The same, into the trail where it is (the file's, or on a clinic workstation the server's). */
    static String line(Messages text, RecordTrail trail, Optional<Long> client, AuditTrail.Action action, String subject,
                       String where) {
        return line(text, () -> trail.record(client, action, subject, where));
    }

    private static String line(Messages text, Callable<Boolean> written) {
        try {
            return written.call() ? "" : " " + text.text("audit.readOnly");
        } catch (Exception e) { // the database refused the row (full, locked): said, after what was done
            return " " + text.format("audit.notRecorded", Problems.text(text, e));
        }
    }
}
