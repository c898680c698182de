package org.retrotread.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.retrotread.i18n.Dates;
import org.retrotread.i18n.Messages;
import org.retrotread.ui.clients.ClientsView;
import org.retrotread.ui.clients.ClientsViewModel;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.plans.PlansView;
import org.retrotread.ui.plans.PlansViewModel;
import org.retrotread.work.Worker;

/** The clinic's pages reached from the start screen: the clients (with their papers) and the plan library. */
final class ClinicPages {

    private final AppState state;
    private final Worker background;
    private final FilePicker files;
    private final Clock wallClock;
    private final Navigator navigator;
    private final Supplier<SessionReports> reports;

    ClinicPages(AppState state, Worker background, FilePicker files, Clock wallClock, Navigator navigator,
                Supplier<SessionReports> reports) {
        this.state = state;
        this.background = background;
        this.files = files;
        this.wallClock = wallClock;
        this.navigator = navigator;
        this.reports = reports;
    }

    void clients() {
        StoreClients data = new StoreClients(state.store().store(), background, wallClock, state::readOnly, state.text(), writes());
        ClientsViewModel model = new ClientsViewModel(state.text(), data);
        data.reportTo(model.noticeProperty()::set);
        state.clinic().filter(l -> l.status().fromCopy()).ifPresent(link -> model.noticeProperty()
                .set(copyLine(state.text(), link.status())));
        SessionReports r = reports.get();
        ClientReports c = r.clients();
        navigator.show(new ClientsView(model, navigator::showStart, new ClientsView.Papers(r::of, c::saveSessionsCsv,
                c::saveProgressReport, c::printProgressReport, c::saveFitArchive, c::saveTcxArchive, c::saveAuditTrail, c::printAuditTrail,
                state.clinic().map(link -> new HomeVisits(state, background, files, writes())))).node());
    }

    /** On a clinic workstation, where changes go first; on a laptop, nowhere but the file. */
    private ClinicWrites writes() {
        return ClinicWrites.of(state, wallClock);
    }

    /** Where the list comes from while the server is away: this computer's copy, and when it was taken. */
    static String copyLine(Messages text, ClinicLink.Status s) {
        return s.copyTakenAt().map(at -> text.format("ui.clinic.fromCopy", new Dates(text, ZoneId.systemDefault()).dateTime(at)))
                .orElse(text.text("ui.clinic.noCopyYet"));
    }

    void plans() {
        PlansViewModel model = new PlansViewModel(state.text(), new StorePlans(state.store().store(), background, state::readOnly,
                state.text(), writes()), state.settings().treadmillMax(), state.settings().gradeRange());
        navigator.show(new PlansView(model, files, navigator::showStart).node());
    }
}
