package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.scene.Node;
import org.retrotread.i18n.Messages;
import org.retrotread.report.FileNames;
import org.retrotread.report.PaperSize;
import org.retrotread.report.SessionSheets;
import org.retrotread.report.SheetInput;
import org.retrotread.report.csv.Csv;
import org.retrotread.report.csv.SessionCsv;
import org.retrotread.report.fit.SessionFit;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.report.print.PdfPrinting;
import org.retrotread.report.tcx.SessionTcx;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Client;
import org.retrotread.store.EventJournal;
import org.retrotread.store.OwnerOnly;
import org.retrotread.store.SealChain;
import org.retrotread.store.SessionRecord;
import org.retrotread.store.Store;
import org.retrotread.store.Workstation;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.SessionPaper;
import org.retrotread.work.Worker;

/**
 * Sheets, PDFs and CSV files from the database: a session read back whole (after the journal has
 * written it), laid out, and printed or saved where the person chooses. All work is on the database
 * thread; the screens hear how it went as a sentence.
 */
final class SessionReports {

    /** The settings a sheet is made with. */
    record Look(Messages text, String clinicName, PaperSize paper) {
    }

    private final Store store;
    private final Optional<EventJournal> journal;
    private final Worker background;
    private final FilePicker files;
    private final Clock clock;
    private final Supplier<Look> look;
    private final ClientReports clients;
    private final Supplier<Optional<Printer>> printers;
    /** Where exports are recorded: the file's trail, or on a clinic workstation the server's ({@link #onClinic}). */
    private RecordTrail trail;

    SessionReports(Store store, Optional<EventJournal> journal, Worker background, FilePicker files, Clock clock,
                   Supplier<Look> look) {
        this(store, journal, background, files, clock, look, PdfPrinting::defaultPrinter);
    }

    /** @param printers the computer's default printer, if any (tests try both answers) */
    SessionReports(Store store, Optional<EventJournal> journal, Worker background, FilePicker files, Clock clock,
                   Supplier<Look> look, Supplier<Optional<Printer>> printers) {
        this.printers = printers;
        this.store = store;
        this.journal = journal;
        this.background = background;
        this.files = files;
        this.clock = clock;
        this.look = look;
        this.clients = new ClientReports(this, store, clock, look);
        this.trail = new RecordTrail(store, Optional::empty);
    }

    /** On a clinic workstation: exports are recorded in the server's trail, and the printed trail is the server's. */
    void onClinic(Supplier<Optional<Workstation>> workstation) {
        trail = new RecordTrail(store, workstation);
    }

    RecordTrail trail() {
        return trail;
    }

    /** A client's progress report, record trail and sessions, on paper or in files. */
    ClientReports clients() {
        return clients;
    }

    SessionPaper of(long sessionId) {
        return new SessionPaper() {
            public void print(Node owner, Consumer<String> notice) {
                printSheet(sessionId, owner, notice);
            }

            public void savePdf(Node owner, Consumer<String> notice) {
                saveSheet(sessionId, owner, notice);
            }

            public void saveEventsCsv(Node owner, Consumer<String> notice) {
                saveEvents(sessionId, owner, notice);
            }

            public void saveTcx(Node owner, Consumer<String> notice) {
                saveActivity(sessionId, owner, notice, "tcx", activity("tcx"));
            }

            public void saveFit(Node owner, Consumer<String> notice) {
                saveActivity(sessionId, owner, notice, "fit", activity("fit"));
            }
        };
    }

    /** Everything about a session, read after the journal has written what it holds. */
    SheetInput input(long sessionId) throws Exception {
        if (journal.isPresent()) {
            journal.get().awaitWritten(Duration.ofSeconds(5));
        }
        SessionRecord record = store.sessions().find(sessionId).orElseThrow(() -> new IllegalStateException("no session " + sessionId));
        Optional<Client> client = Optional.empty();
        if (record.clientId().isPresent()) {
            client = store.clients().find(record.clientId().get());
        }
        return new SheetInput(record, store.planOf(record), store.plans().load(record.planVersionId()).version(), client,
                store.sessions().events(sessionId), store.sessions().amendments(sessionId), store.sessions().integrity(sessionId));
    }

    byte[] sheetPdf(SheetInput in, PaperSize paper) {
        Look l = look.get();
        return SessionSheetPdf.write(new SessionSheets(l.text(), ZoneId.systemDefault()).of(in, l.clinicName(), clock.instant()), paper,
                l.text().text("report.pageOf"));
    }

    private void saveSheet(long sessionId, Node owner, Consumer<String> notice) {
        saveSheet(sessionId, owner, notice, look.get().text().text("report.saveTitle"));
    }

    /** @param title the save dialog's title: with no printer it says why a file is being asked for */
    private void saveSheet(long sessionId, Node owner, Consumer<String> notice, String title) {
        Messages text = look.get().text();
        named(() -> text.format("report.sheetFileName", whoAndWhen(sessionId), sessionId), name ->
                saveAs(owner, title, name, notice, file -> {
                    SheetInput in = input(sessionId);
                    OwnerOnly.write(file, sheetPdf(in, look.get().paper()));
                    return saved(text, file, in) + exported(in.record().clientId(), AuditTrail.Action.EXPORTED, "sessionSheet", file.toString());
                }));
    }

    /** Where a session's file went; and, checked on the way out, that the record was changed outside Retrotread. */
    private static String saved(Messages text, Path file, SheetInput in) {
        return text.format("report.saved", file) + (in.integrity() == SealChain.Integrity.CHANGED
                ? " " + text.text("Integrity.CHANGED") : "");
    }

    /** "Łukasz Żółć 2026-11-20": the client (or "no client") and the day of a session, for its file names. */
    private String whoAndWhen(long sessionId) throws Exception {
        SessionRecord record = store.sessions().find(sessionId).orElseThrow(() -> new IllegalStateException("no session " + sessionId));
        String noClient = look.get().text().text("report.noClientFile");
        String who = record.clientId().isPresent() ? store.clients().find(record.clientId().get()).map(Client::name).orElse(noClient)
                : noClient;
        return who + " " + record.openedAt().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** Reads on the database thread, then goes on on the screen's; a read that fails is said in {@code notice}. */
    <T> void read(Worker.Work<T> work, Consumer<T> then, Consumer<String> notice) {
        background.run(work, then, e -> notice.accept(look.get().text().format("ui.clients.readFailed", String.valueOf(e.getMessage()))));
    }

    /**
     * Works out a file name on the database thread (it needs the client's name), then asks where to save
     * under it; a name that cannot be worked out falls back to the plain one, and the save goes on.
     */
    void named(Worker.Work<String> name, Consumer<String> then) {
        background.run(() -> FileNames.safe(name.call()), then, e -> then.accept(FileNames.safe(
                look.get().text().text("report.noClientFile"))));
    }

    private void printSheet(long sessionId, Node owner, Consumer<String> notice) {
        printOr(owner, notice, new Printed(() -> store.sessions().find(sessionId).flatMap(SessionRecord::clientId), "sessionSheet"),
                paper -> sheetPdf(input(sessionId), paper),
                () -> saveSheet(sessionId, owner, notice, look.get().text().text("report.noPrinterSaveTitle")));
    }

    private void saveEvents(long sessionId, Node owner, Consumer<String> notice) {
        Messages text = look.get().text();
        named(() -> text.format("report.eventsFileName", whoAndWhen(sessionId), sessionId), name ->
                saveAs(owner, text.text("report.csvTitle"), name, notice, file -> {
                    SessionCsv csv = new SessionCsv(text, ZoneId.systemDefault());
                    SheetInput in = input(sessionId);
                    Csv.write(file, csv.eventsHeader(), csv.events(in.corrected()));
                    return saved(text, file, in) // checked on the way out, and said
                            + exported(in.record().clientId(), AuditTrail.Action.EXPORTED, "sessionEvents", file.toString());
                }));
    }

    /** A session's activity file for training logs (FIT or TCX), made on the database thread. */
    @FunctionalInterface
    interface ActivityFile {
        byte[] make(SheetInput session) throws Exception;
    }

    /** How a session becomes an activity file of {@code kind} ("fit" or "tcx"), its laps named in the screen's language. */
    ActivityFile activity(String kind) {
        Messages text = look.get().text();
        return kind.equals("tcx") ? in -> SessionTcx.write(in, AppVersion.number()) : in -> SessionFit.write(in, AppVersion.number(),
                i -> (i + 1) + ". " + text.text("BlockKind." + in.plan().blocks().get(i).kind().name()));
    }

    /**
     * The session as an activity file ({@code kind}: "fit" or "tcx"), written whole and owner-only, its export on the
     * record trail.
     */
    private void saveActivity(long sessionId, Node owner, Consumer<String> notice, String kind, ActivityFile make) {
        Messages text = look.get().text();
        named(() -> text.format("report." + kind + "FileName", whoAndWhen(sessionId), sessionId), name ->
                saveAs(owner, text.text("report." + kind + "Title"), name, notice, file -> {
                    SheetInput in = input(sessionId);
                    OwnerOnly.write(file, make.make(in));
                    return saved(text, file, in) + exported(in.record().clientId(), AuditTrail.Action.EXPORTED,
                            "session" + kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1), file.toString());
                }));
    }

    /** Writes a file, on the database thread; says what it wrote. */
    @FunctionalInterface
    interface FileWrite {
        String write(Path file) throws Exception;
    }

    /** A PDF made for a paper size, on the database thread. */
    @FunctionalInterface
    interface PdfSource {
        byte[] make(PaperSize paper) throws Exception;
    }

    /** Asks where to save, writes there off the screen's thread, and tells the person how it went. */
    void saveAs(Node owner, String title, String suggestedName, Consumer<String> notice, FileWrite write) {
        Messages text = look.get().text();
        files.save(owner, title, suggestedName).ifPresent(file -> background.run(() -> write.write(file), notice,
                e -> notice.accept(text.format("report.saveFailed", file, String.valueOf(e.getMessage())))));
    }

    /** What is printed, for the audit trail: whose record, and which paper. */
    record Printed(Worker.Work<Optional<Long>> client, String kind) {
    }

    /**
     * Writes an export into the audit trail (on the database thread, after the file is written); a trail that
     * cannot be written is said after what was saved, never silently left out.
     */
    String exported(Optional<Long> client, AuditTrail.Action action, String kind, String where) {
        return Audited.line(look.get().text(), trail, client, action, kind, where);
    }

    /**
     * Prints through the system dialog; with no printer, says so and offers the PDF at once instead. The
     * printer is looked up on the database thread: the first lookup asks CUPS, which may be slow or hung.
     */
    void printOr(Node owner, Consumer<String> notice, Printed what, PdfSource pdf, Runnable offerPdf) {
        Messages text = look.get().text();
        background.run(printers::get, printer -> {
            if (printer.isPresent()) {
                print(printer.get(), owner, notice, what, pdf);
            } else {
                notice.accept(text.text("report.noPrinter"));
                offerPdf.run(); // the PDF can be printed on another computer
            }
        }, e -> notice.accept(text.text("report.print.NO_PRINTER")));
    }

    private void print(Printer printer, Node owner, Consumer<String> notice, Printed what, PdfSource pdf) {
        Messages text = look.get().text();
        PdfPrinting.print(printer, owner.getScene().getWindow(), look.get().paper(), paper -> {
            try {
                return pdf.make(paper);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, background, outcome -> {
            notice.accept(text.text("report.print." + outcome.name()));
            if (outcome == PdfPrinting.Outcome.PRINTED) {
                background.run(() -> exported(what.client().call(), AuditTrail.Action.PRINTED, what.kind(), printer.getName()),
                        unrecorded -> notice.accept(text.text("report.print.PRINTED") + unrecorded),
                        e -> notice.accept(text.text("report.print.PRINTED") + " " + text.format("audit.notRecorded", String.valueOf(e.getMessage()))));
            }
        });
    }

}
