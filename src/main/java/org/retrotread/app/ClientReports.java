package org.retrotread.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditReports;
import org.retrotread.report.PaperSize;
import org.retrotread.report.ProgressReports;
import org.retrotread.report.csv.Csv;
import org.retrotread.report.csv.SessionCsv;
import org.retrotread.report.pdf.AuditTrailPdf;
import org.retrotread.report.pdf.ProgressReportPdf;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Client;
import org.retrotread.store.OwnerOnly;
import org.retrotread.store.Store;

/**
 * A client's papers: the progress report over a period and the record trail (each as a PDF or printed), and
 * the client's sessions (or everyone's) as CSV. Saving, printing and the trail entry go through
 * {@link SessionReports}, the same way a session's sheet does.
 */
final class ClientReports {

    private final SessionReports out;
    private final Store store;
    private final Clock clock;
    private final Supplier<SessionReports.Look> look;
    private final ActivityArchive activities;

    ClientReports(SessionReports out, Store store, Clock clock, Supplier<SessionReports.Look> look) {
        this.out = out;
        this.store = store;
        this.clock = clock;
        this.look = look;
        this.activities = new ActivityArchive(out, store, look);
    }

    /** The client's sessions of a period as one zip of FIT files. */
    void saveFitArchive(long clientId, LocalDate from, LocalDate to, Node owner, Consumer<String> notice) {
        activities.save(clientId, from, to, "fit", owner, notice);
    }

    /** The client's sessions of a period as one zip of TCX files. */
    void saveTcxArchive(long clientId, LocalDate from, LocalDate to, Node owner, Consumer<String> notice) {
        activities.save(clientId, from, to, "tcx", owner, notice);
    }

    /** A client's progress report over a period, as a PDF for {@code paper}. */
    byte[] progressReportPdf(long clientId, LocalDate from, LocalDate to, PaperSize paper) throws Exception {
        SessionReports.Look l = look.get();
        Client client = store.clients().find(clientId).orElseThrow(() -> new IllegalStateException("no client " + clientId));
        var report = new ProgressReports(l.text(), ZoneId.systemDefault()).of(client,
                store.sessions().history(clientId), store.walkTests().of(clientId), store.settings().walkTestCutoff(clientId), from, to,
                l.clinicName(), clock.instant());
        return ProgressReportPdf.write(report, paper, l.text().text("report.pageOf"));
    }

    void saveProgressReport(long clientId, LocalDate from, LocalDate to, Node owner, Consumer<String> notice) {
        Messages text = look.get().text();
        out.named(() -> text.format("report.progress.fileName", store.clients().find(clientId).map(Client::name).orElse(""),
                from, to), name -> out.saveAs(owner, text.text("report.progress.saveTitle"), name, notice, file -> {
                    OwnerOnly.write(file, progressReportPdf(clientId, from, to, look.get().paper()));
                    return text.format("report.saved", file)
                            + out.exported(Optional.of(clientId), AuditTrail.Action.EXPORTED, "progressReport", file.toString());
                }));
    }

    void printProgressReport(long clientId, LocalDate from, LocalDate to, Node owner, Consumer<String> notice) {
        out.printOr(owner, notice, new SessionReports.Printed(() -> Optional.of(clientId), "progressReport"),
                paper -> progressReportPdf(clientId, from, to, paper),
                () -> saveProgressReport(clientId, from, to, owner, notice));
    }

    /** A client's audit trail as a PDF for {@code paper}, with whether it still checks out. */
    byte[] auditTrailPdf(long clientId, PaperSize paper) throws Exception {
        SessionReports.Look l = look.get();
        Client client = store.clients().find(clientId).orElseThrow(() -> new IllegalStateException("no client " + clientId));
        var report = new AuditReports(l.text(), ZoneId.systemDefault()).of(client, out.trail().ofClient(clientId),
                out.trail().intact(), l.clinicName(), clock.instant());
        return AuditTrailPdf.write(report, paper, l.text().text("report.pageOf"));
    }

    void saveAuditTrail(long clientId, Node owner, Consumer<String> notice) {
        Messages text = look.get().text();
        out.named(() -> text.format("audit.fileName", store.clients().find(clientId).map(Client::name).orElse("")),
                name -> out.saveAs(owner, text.text("audit.saveTitle"), name, notice, file -> {
                    OwnerOnly.write(file, auditTrailPdf(clientId, look.get().paper()));
                    return text.format("report.saved", file)
                            + out.exported(Optional.of(clientId), AuditTrail.Action.EXPORTED, "auditTrail", file.toString());
                }));
    }

    void printAuditTrail(long clientId, Node owner, Consumer<String> notice) {
        out.printOr(owner, notice, new SessionReports.Printed(() -> Optional.of(clientId), "auditTrail"), paper -> auditTrailPdf(clientId, paper),
                () -> saveAuditTrail(clientId, owner, notice));
    }

    /** A client's sessions (or, with none, everyone's) as CSV. */
    void saveSessionsCsv(Optional<Long> clientId, Node owner, Consumer<String> notice) {
        Messages text = look.get().text();
        out.saveAs(owner, text.text("report.csvTitle"), text.text(clientId.isPresent() ? "report.clientSessionsFileName"
                : "report.allSessionsFileName"), notice, file -> {
            SessionCsv csv = new SessionCsv(text, ZoneId.systemDefault());
            var rows = store.sessions().everyone().stream().filter(r -> clientId.isEmpty() || r.clientId().equals(clientId)).toList();
            Csv.write(file, csv.sessionsHeader(), csv.sessions(rows));
            return text.format("report.savedRows", rows.size(), file) + out.exported(clientId, AuditTrail.Action.EXPORTED,
                    clientId.isPresent() ? "clientSessions" : "allSessions", file.toString());
        });
    }

}
