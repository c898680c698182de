package org.retrotread.app;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import org.retrotread.i18n.Messages;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Client;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.OwnerOnly;
import org.retrotread.store.Store;

/**
 * A client's sessions over a period as one zip of activity files (FIT or TCX), for a training log that takes
 * many at once (Garmin Connect's and Strava's bulk uploads, intervals.icu). Every session that ran between the
 * two dates (inclusive, by the day it was opened here) is in it, each made as the single export makes it; the
 * zip is streamed into an owner-only file that replaces the target only when complete. If one session cannot
 * be made, there is no zip: the refusal names it, rather than a zip that is quietly short of it.
 */
final class ActivityArchive {

    private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm", Locale.ROOT);

    private final SessionReports out;
    private final Store store;
    private final Supplier<SessionReports.Look> look;

    ActivityArchive(SessionReports out, Store store, Supplier<SessionReports.Look> look) {
        this.out = out;
        this.store = store;
        this.look = look;
    }

    /**
     * Reads which sessions ran in the period first (on the database thread), so an empty period is said at once
     * rather than after asking where to save; then asks, and writes those sessions.
     */
    void save(long clientId, LocalDate from, LocalDate to, String kind, Node owner, Consumer<String> notice) {
        Messages text = look.get().text();
        ZoneId zone = ZoneId.systemDefault();
        out.read(() -> store.sessions().history(clientId).stream().filter(HistoryRow::ran)
                .filter(r -> !r.openedAt().atZone(zone).toLocalDate().isBefore(from)
                        && !r.openedAt().atZone(zone).toLocalDate().isAfter(to)).toList(), sessions -> {
                            if (sessions.isEmpty()) {
                                notice.accept(text.format("report.archive.none", from, to));
                            } else {
                                save(clientId, from, to, kind, sessions, owner, notice);
                            }
                        }, notice);
    }

    private void save(long clientId, LocalDate from, LocalDate to, String kind, List<HistoryRow> sessions, Node owner,
                      Consumer<String> notice) {
        Messages text = look.get().text();
        out.named(() -> text.format("report.archive.fileName", store.clients().find(clientId).map(Client::name).orElse(""),
                kind.toUpperCase(Locale.ROOT), from, to), name -> out.saveAs(owner, text.text("report.archive.title"), name, notice,
                file -> {
                    SessionReports.ActivityFile make = out.activity(kind);
                    OwnerOnly.write(file, stream -> zip(stream, sessions, kind, make, ZoneId.systemDefault()));
                    return text.format("report.archive.saved", sessions.size(), file) + out.exported(Optional.of(clientId),
                            AuditTrail.Action.EXPORTED, "sessions" + kind.substring(0, 1).toUpperCase(Locale.ROOT)
                                    + kind.substring(1), file + " (" + sessions.size() + ")");
                }));
    }

    private void zip(OutputStream stream, List<HistoryRow> sessions, String kind, SessionReports.ActivityFile make, ZoneId zone)
            throws IOException {
        // Finished, not closed: closing would close the file before it is synced to disk and renamed into place.
        ZipOutputStream zip = new ZipOutputStream(stream);
        for (HistoryRow row : sessions) {
            ZipEntry entry = new ZipEntry(look.get().text().format("report.archive.entry",
                    ENTRY_TIME.format(row.openedAt().atZone(zone)), row.sessionId(), kind));
            entry.setTime(row.openedAt().toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(activity(make, row.sessionId()));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** One session's file; a failure names the session, so the refusal says which one stopped the zip. */
    private byte[] activity(SessionReports.ActivityFile make, long sessionId) throws IOException {
        try {
            return make.make(out.input(sessionId));
        } catch (Exception e) {
            throw new IOException(look.get().text().format("report.archive.sessionFailed", sessionId, String.valueOf(e.getMessage())), e);
        }
    }
}
