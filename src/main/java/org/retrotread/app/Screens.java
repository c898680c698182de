package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.CrashRecovery;
import org.retrotread.store.Database;
import org.retrotread.store.EventJournal;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.clients.ClientsView;
import org.retrotread.ui.clients.ClientsViewModel;
import org.retrotread.ui.common.AfterFrame;
import org.retrotread.ui.common.Background;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.common.Theme;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.console.CuePlayer;
import org.retrotread.ui.plans.PlansView;
import org.retrotread.ui.plans.PlansViewModel;
import org.retrotread.ui.start.StartView;
import org.retrotread.ui.start.StartViewModel;
import org.retrotread.ui.startup.StartupProblemView;

/**
 * The composition root and the {@link Navigator}: opens the store off the JavaFX thread, then moves between
 * the screens (a startup problem, crash recovery, the start screen, clients, plans, settings, the console).
 * The work behind them lives in the flows it builds: {@link SessionFlow}, {@link SettingsFlow},
 * {@link DatabaseActions}. Tests build it with a fake clock and a temporary database.
 */
public final class Screens implements Navigator {

    private final StackPane content = new StackPane();
    private final StackPane root;
    private final Overlay overlay;
    private final FilePicker files;
    private final Runnable exit;
    private final Clock wallClock;
    private final AppState state;
    private final Background background = new Background();
    private final SessionFlow sessions;
    private final SettingsFlow settings;
    private final DatabaseActions databaseActions;
    private volatile ExitStatus exitStatus = ExitStatus.OK;
    private Consumer<StoreProblem> onRefused = problem -> { };
    /** Loaded once the first screen is up (decoding sounds would compete with the start for the CPU). */
    private CuePlayer cues;
    private SessionReports reports;
    private Runnable onStartShown = () -> { };
    private StartData firstStart;
    private final List<CrashRecovery.Lost> lost = new ArrayList<>();
    /** What waits for the first frame of the start screen after a database opened: its check, its backup. */
    private Runnable afterFirstFrame = () -> { };
    private StartViewModel startModel;
    private boolean closeWarned;
    /** News for the next start screen (a restore done while the old one was being replaced). */
    private String pendingNotice = "";
    /** Something to do once the start screen shows (a backup asked for on the settings screen). */
    private Runnable pendingAction = () -> { };

    public Screens(Locale locale, Supplier<SessionClock> clocks, Clock wallClock, FilePicker files, Runnable exit) {
        this.files = files;
        this.exit = exit;
        this.wallClock = wallClock;
        this.state = new AppState(locale);
        StackPane overlayLayer = new StackPane();
        this.overlay = new Overlay(overlayLayer, state::text, content);
        this.root = new StackPane(content, overlayLayer);
        root.setId("screens");
        this.settings = new SettingsFlow(state, background, this, () -> Optional.ofNullable(root.getScene()));
        this.databaseActions = new DatabaseActions(state, background, overlay, files, this, wallClock, content);
        this.sessions = new SessionFlow(state, new SessionFlow.Parts(background, overlay, files, clocks, wallClock, this::cues,
                () -> reports, settings), this);
    }

    public Parent root() {
        return root;
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Screens.class.getResource("/org/retrotread/ui/theme.css").toExternalForm());
    }

    private Messages text() {
        return state.text();
    }

    /** Opens {@code file} in the background and shows what comes of it. */
    public void begin(Path file) {
        state.database(file);
        Label opening = new Label(text().text("ui.start.opening"));
        opening.setId("opening");
        opening.getStyleClass().add("screen-title");
        var preloaded = Preload.take(file);
        if (preloaded.isPresent() && preloaded.get().isDone() && !preloaded.get().isCompletedExceptionally()) {
            opened(preloaded.get().join()); // opened while the toolkit started: no frame of "Opening..."
            return;
        }
        content.getChildren().setAll(opening);
        if (preloaded.isPresent()) {
            preloaded.get().whenComplete((store, e) -> Platform.runLater(() -> {
                if (e == null) {
                    opened(store);
                } else {
                    failed(e instanceof Exception x ? x : new IllegalStateException(e)); // the opening's own exception
                }
            }));
        } else {
            background.run(() -> OpenedStore.open(file, state.locale()), this::opened, this::failed);
        }
    }

    private void opened(OpenedStore store) {
        state.opened(store);
        exitStatus = ExitStatus.OK;
        firstStart = store.startData();
        reports = new SessionReports(store.store(), store.journal(), background, files, wallClock,
                () -> new SessionReports.Look(text(), state.settings().clinicName(), state.settings().paper()));
        settings.applyTheme();
        lost.clear();
        lost.addAll(store.lost());
        Database checking = store.store().database();
        checking.whenChecked(problem -> problem.ifPresent(p -> Platform.runLater(() -> damagedAfterStart(checking, p))));
        afterFirstFrame = () -> {
            checking.startDeferredCheck(); // a large file's check: after the start screen is drawn, not against it
            if (store.journal().isPresent()) {
                databaseActions.startAutoBackup(store);
            }
        };
        showNext();
    }

    @Override
    public void reopened(OpenedStore store, String notice) {
        pendingNotice = notice;
        opened(store);
    }

    /**
     * A large database is checked while the start screen is up; if it turns out damaged, nothing was or will be
     * written to it, and the person is told as at a refused start (or on the console, where the banner follows).
     */
    private void damagedAfterStart(Database which, StoreProblem problem) {
        if (state.current().map(s -> s.store().database() != which).orElse(true)) {
            return; // another database has been opened since
        }
        Optional<ConsoleViewModel> console = sessions.console();
        if (console.isPresent()) {
            console.get().notice(text().format(problem.message()));
            return;
        }
        OpenedStore damaged = state.store();
        state.closed();
        background.run(() -> {
            damaged.close(); // its lock too: another database may be chosen on the screen that follows
            return true;
        }, x -> { }, e -> System.err.println("retrotread: closing the damaged database failed: " + e)); // nothing was written
        // to it, so nothing is at stake; the screen already says what matters (the damage), and the log has this
        failed(problem);
    }

    @Override
    public void tell(String line) {
        Optional<ConsoleViewModel> console = sessions.console();
        if (console.isPresent()) {
            console.get().notice(line);
        } else if (startModel != null) {
            startModel.noticeProperty().set(line);
        } else {
            pendingNotice = line;
        }
    }

    @Override
    public void show(Node screen) {
        content.getChildren().setAll(screen);
    }

    @Override
    public void failed(Exception e) {
        StoreProblem problem = e instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, state.database(), e);
        exitStatus = ExitStatus.of(problem.kind());
        content.getChildren().setAll(new StartupProblemView(problem, text(), this::chooseOtherDatabase, exit).node());
        onRefused.accept(problem);
    }

    /** How the process should end: non-zero while the start stands refused (another database may still open). */
    public ExitStatus exitStatus() {
        return exitStatus;
    }

    /** Runs {@code then} each time a start is refused, after the reason is on screen. */
    public void whenRefused(Consumer<StoreProblem> then) {
        onRefused = then;
    }

    private void chooseOtherDatabase() {
        files.save(content, text().text("ui.problem.chooseTitle"), "retrotread.db").ifPresent(this::begin);
    }

    @Override
    public void showNext() {
        if (!lost.isEmpty()) {
            sessions.leave();
            startModel = null;
            sessions.offerRecovery(lost.remove(0));
        } else {
            showStart();
        }
    }

    @Override
    public void showStart() {
        sessions.leave();
        closeWarned = false;
        var store = state.store().store();
        if (firstStart != null) {
            StartData data = firstStart; // read with the database's opening: the first start screen needs no second trip
            firstStart = null;
            showStart(data);
            return;
        }
        background.run(() -> StartData.read(store), this::showStart, this::failed);
    }

    private void showStart(StartData data) {
        startModel = new StartViewModel(text(), state.database(), state.readOnly(), data.clients(), data.plans(), data.operators(),
                state.settings().treadmillMax());
        startModel.noticeProperty().set(pendingNotice);
        pendingNotice = "";
        Runnable action = pendingAction;
        pendingAction = () -> { };
        action.run();
        StartView view = new StartView(startModel, new StartView.Actions(sessions::start, databaseActions::backup,
                databaseActions::restore, databaseActions::importSession, this::showSettings, this::showClients, this::showPlans));
        content.getChildren().setAll(view.node());
        view.focusClient();
        Runnable shown = onStartShown;
        onStartShown = () -> { };
        shown.run();
        Runnable later = afterFirstFrame;
        afterFirstFrame = () -> { };
        Runnable soundsThenLater = () -> {
            cues();
            later.run();
        };
        if (root.getScene() != null) { // after this frame: the sounds are ready long before a session's first cue
            AfterFrame.run(root.getScene(), soundsThenLater);
        } else {
            Platform.runLater(soundsThenLater);
        }
    }

    @Override
    public void onStart(Runnable action) {
        pendingAction = action;
        showStart();
    }

    /** The console's state while one is shown (the soak benchmark drives a long session through it). */
    Optional<ConsoleViewModel> console() {
        return sessions.console();
    }

    private CuePlayer cues() {
        if (cues == null) {
            cues = CuePlayer.loadInBackground();
        }
        return cues;
    }

    /** How many plans the start screen offers (for the start-up probe: the starters are there on a first run). */
    int plansOffered() {
        return startModel == null ? 0 : startModel.plans().size();
    }

    /** Runs {@code then} once, the first time the start screen is on screen with its data loaded. */
    public void whenStartShown(Runnable then) {
        onStartShown = then;
    }

    private void showSettings() {
        startModel = null;
        settings.show(databaseActions::backup, databaseActions::restore);
    }

    private void showClients() {
        startModel = null;
        StoreClients data = new StoreClients(state.store().store(), background, wallClock, state::readOnly, text());
        ClientsViewModel model = new ClientsViewModel(text(), data);
        data.reportTo(model.noticeProperty()::set);
        content.getChildren().setAll(new ClientsView(model, this::showStart, new ClientsView.Papers(reports::of,
                reports::saveSessionsCsv, reports::saveProgressReport, reports::printProgressReport, reports::saveAuditTrail,
                reports::printAuditTrail)).node());
    }

    private void showPlans() {
        startModel = null;
        PlansViewModel model = new PlansViewModel(text(), new StorePlans(state.store().store(), background, state::readOnly, text()),
                state.settings().treadmillMax());
        content.getChildren().setAll(new PlansView(model, files, this::showStart).node());
    }

    /** Whether the dark high-contrast theme is on (for tests). */
    public boolean darkTheme() {
        return state.settings() != null && state.settings().theme() == Theme.DARK;
    }

    /**
     * Whether the window may close now. A running or unsaved session is not closed on the first
     * request (the console says why); a second request closes, and the session waits for recovery.
     */
    public boolean mayClose() {
        if (closeWarned) {
            return true;
        }
        Optional<SessionFlow.Closing> console = sessions.mayClose(this::closeAnyway);
        if (console.isPresent()) {
            closeWarned = console.get() == SessionFlow.Closing.WARNED;
            return console.get() == SessionFlow.Closing.CLOSE;
        }
        // Away from the console, the journal may still hold a finished session's last changes (its seal
        // queued while the disk is full): closing would lose them, so it asks (Backspace keeps it open).
        long held = state.current().flatMap(OpenedStore::journal).map(EventJournal::unwritten).orElse(0L);
        if (held == 0) {
            return true;
        }
        overlay.ask(text().format("ui.close.unsavedAway", held), this::closeAnyway, () -> { });
        return false;
    }

    private void closeAnyway() {
        closeWarned = true;
        exit.run();
    }

    /** At exit: lets today's backup finish, writes what is queued and closes the database, on the database thread. */
    public void shutdown() {
        databaseActions.awaitAutoBackup();
        sessions.leave();
        Optional<OpenedStore> current = state.current();
        background.finish(() -> current.ifPresent(OpenedStore::close), java.time.Duration.ofSeconds(10));
        if (cues != null) {
            cues.close();
        }
    }

    public String title() {
        return text().text("app.title");
    }

    /** The display unit in use (for tests and the settings screen to come). */
    public SpeedUnit unit() {
        return text().unit();
    }
}
