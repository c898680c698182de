package org.retrotread.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.retrotread.report.FileNames;
import org.retrotread.store.ClinicImport;
import org.retrotread.store.ServerProblem;
import org.retrotread.ui.clients.ClientsView;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.work.Worker;

/**
 * A clinic workstation's two moves between the server and a laptop's file, from the clients page (decision 0021):
 * a client copied out for a home visit (their sessions, plans and walk tests, keeping their UUIDs), and a laptop's
 * records brought back in (matched by UUID, else by identifier; run twice, nothing doubled), each with a report.
 */
final class HomeVisits implements ClientsView.HomeVisit {

    private final AppState state;
    private final Worker background;
    private final FilePicker files;
    private final ClinicWrites clinic;

    HomeVisits(AppState state, Worker background, FilePicker files, ClinicWrites clinic) {
        this.state = state;
        this.background = background;
        this.files = files;
        this.clinic = clinic;
    }

    @Override
    public void copyOut(long clientId, String clientName, Node owner, Consumer<String> notice) {
        var text = state.text();
        files.save(owner, text.text("ui.homeVisit.copyTitle"), FileNames.safe(clientName) + "-home-visit.db").ifPresent(file ->
                background.run(() -> clinic.on().orElseThrow().homeVisit(clientId, file),
                        report -> notice.accept(text.format("ui.homeVisit.copied", clientName, report.sessionsAdded() + report.sessionsThere(),
                                report.walkTests(), file)),
                        e -> notice.accept(failed(e))));
    }

    @Override
    public void bringIn(Node owner, Consumer<String> notice) {
        var text = state.text();
        files.open(owner, text.text("ui.homeVisit.bringInTitle")).ifPresent(file ->
                background.run(() -> clinic.on().orElseThrow().bringIn(file), report -> notice.accept(said(report)),
                        e -> notice.accept(failed(e))));
    }

    /** The move-in's report, as the terminal's: what came in, then each thing left out and why. */
    private String said(ClinicImport.Report report) {
        var text = state.text();
        StringBuilder s = new StringBuilder(text.format("moveIn.done", report.clientsAdded(), report.clientsMatched(),
                report.sessionsAdded(), report.sessionsThere(), report.walkTestsAdded(), report.skipped().size()));
        report.skipped().forEach(line -> s.append('\n').append(text.format(line.message())));
        return s.toString();
    }

    private String failed(Exception e) {
        return e instanceof ServerProblem p ? clinic.refused(p) : Problems.text(state.text(), e);
    }
}
