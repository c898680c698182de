package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import org.retrotread.i18n.Messages;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.AutoBackups;
import org.retrotread.store.Backups;
import org.retrotread.store.SessionExport;
import org.retrotread.store.SessionImports;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.work.Worker;

/**
 * What is done to the database as a whole: a backup by hand, today's automatic one, a restore (from the list
 * of automatic backups or any file, checked before anything is replaced), and a rescue file imported. Each is
 * written into the audit trail; the outcome is said on the start screen.
 */
final class DatabaseActions {

    private final AppState state;
    private final Worker background;
    private final Overlay overlay;
    private final FilePicker files;
    private final Navigator navigator;
    private final Clock wallClock;
    /** Where the file dialogs are anchored. */
    private final Node owner;
    private Thread backupThread;

    DatabaseActions(AppState state, Worker background, Overlay overlay, FilePicker files, Navigator navigator, Clock wallClock,
                    Node owner) {
        this.state = state;
        this.background = background;
        this.overlay = overlay;
        this.files = files;
        this.navigator = navigator;
        this.wallClock = wallClock;
        this.owner = owner;
    }

    private Messages text() {
        return state.text();
    }

    void backup() {
        String name = "retrotread-backup-" + LocalDate.now(wallClock) + ".db";
        OpenedStore opened = state.store();
        files.save(owner, text().text("ui.start.backupTitle"), name).ifPresent(target -> background.run(() -> {
            Backups.backup(opened.store().database(), target);
            return text().format("ui.start.backedUp", target) + audited(opened, AuditTrail.Action.BACKUP_MADE, "manual", target.toString());
        }, navigator::tell, e -> navigator.tell(text().format("ui.start.backupFailed", Problems.text(text(), e)))));
    }

    /**
     * Today's automatic backup, on a thread of its own with a connection of its own: a large clinic's copy
     * takes seconds and must be in nobody's way. Only a failure is said (on the start screen, or the console).
     */
    void startAutoBackup(OpenedStore store) {
        Path folder = state.settings().backupFolder();
        Thread t = new Thread(() -> {
            try {
                store.store().database().awaitChecked(); // a damaged file is not copied: that is said elsewhere
                new AutoBackups(store.store().database(), folder, wallClock).today(); // into the trail too
            } catch (StoreProblem e) {
                if (e.kind() != StoreProblem.Kind.DAMAGED || !e.file().equals(store.store().database().file())) {
                    autoBackupFailed(folder, e);
                } // a damaged database is said by the check's own message, once
            } catch (RuntimeException e) {
                autoBackupFailed(folder, e);
            }
        }, "retrotread-backup");
        t.setDaemon(true);
        backupThread = t;
        t.start();
    }

    private void autoBackupFailed(Path folder, Exception e) {
        Platform.runLater(() -> navigator.tell(text().format("ui.start.autoBackupFailed", folder.toString(), Problems.text(text(), e))));
    }

    /** At exit: today's backup gets a moment to finish (a large one half made is made again next start). */
    void awaitAutoBackup() {
        Thread backup = backupThread;
        if (backup != null) {
            try {
                backup.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The automatic backups first, newest first, with their dates and sizes; any other file after them. */
    void restore() {
        if (state.clinic().isPresent()) {
            navigator.tell(text().text("ui.clinic.noRestore")); // the file is a journal and a copy: the record is the server's
            return;
        }
        Path folder = state.settings().backupFolder();
        AutoBackups backups = new AutoBackups(state.store().store().database(), folder, wallClock);
        background.run(backups::list, kept -> {
            if (kept.isEmpty()) {
                restoreFromFile();
                return;
            }
            List<String> rows = kept.stream().map(k -> text().format("ui.start.restoreRow", text().dates().fullDate(k.day()),
                    text().number(k.bytes() / 1_048_576.0))).toList();
            overlay.pick(text().format("ui.start.restorePick", folder.toString()), rows, i -> verifyThenAsk(kept.get(i).file()),
                    text().text("ui.start.restoreOther"), this::restoreFromFile);
        }, e -> restoreFromFile()); // the folder cannot be read: a file can still be chosen
    }

    private void restoreFromFile() {
        files.open(owner, text().text("ui.start.restoreTitle")).ifPresent(this::verifyThenAsk);
    }

    private void verifyThenAsk(Path backup) {
        background.run(() -> {
            Backups.verify(backup); // before anything is closed or replaced
            return backup;
        }, verified -> overlay.ask(text().format("ui.start.restoreAsk", verified), () -> replaceWith(verified), () -> { }),
                e -> navigator.tell(text().format("ui.start.restoreRefused", Problems.text(text(), e))));
    }

    private void replaceWith(Path backup) {
        OpenedStore current = state.store();
        Path database = state.database();
        background.run(() -> {
            current.close();
            Path kept = null;
            StoreProblem refused = null;
            try {
                kept = Backups.restore(backup, database, wallClock);
            } catch (StoreProblem p) {
                refused = p; // the live database was not replaced: open it again as it was
            }
            OpenedStore reopened = OpenedStore.open(database, state.locale());
            String notice = kept != null ? text().format("ui.start.restored", kept)
                    + audited(reopened, AuditTrail.Action.RESTORED, backup.toString(), kept.toString())
                    : text().format("ui.start.restoreRefused", Problems.text(text(), refused));
            return new Restored(reopened, notice);
        }, restored -> navigator.reopened(restored.store(), restored.notice()), navigator::failed);
    }

    private record Restored(OpenedStore store, String notice) {
    }

    /** Brings back a session exported with X when saving failed: checked whole, then added or completed. */
    void importSession() {
        if (state.readOnly()) {
            navigator.tell(text().text("ui.start.readOnlyNoSession"));
            return;
        }
        OpenedStore opened = state.store();
        files.open(owner, text().text("ui.start.importTitle")).ifPresent(file -> background.run(() -> {
            var done = new SessionImports(opened.store()).importFile(file);
            state.sessionIdsTaken(done.sessionId()); // the next session started here takes a number after it
            return text().format("ui.start.imported", done.sessionId(), done.eventsAdded(),
                    (done.sealed() ? text().text("ui.start.importedSealed") : "")
                            + (done.clientFound() ? "" : text().text("ui.start.importedNoClient")))
                    + audited(opened, AuditTrail.Action.IMPORTED, String.valueOf(done.sessionId()), file.toString());
        }, navigator::tell, e -> navigator.tell(e instanceof SessionExport.Refused r ? text().format(r.reason())
                : text().format("ui.start.importRefused", Problems.text(text(), e)))));
    }

    /** A backup, restore or import into the audit trail: see {@link Audited}. */
    private String audited(OpenedStore in, AuditTrail.Action action, String subject, String where) {
        return Audited.line(text(), in.store().audit(), Optional.empty(), action, subject, where);
    }
}
