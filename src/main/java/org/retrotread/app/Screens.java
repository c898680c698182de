package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.CrashRecovery;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.common.Theme;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.console.CuePlayer;
import org.retrotread.ui.signin.SignInViewModel;
import org.retrotread.ui.start.StartView;
import org.retrotread.work.Background;

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
    private final Background background = Preload.databaseThread();
    private final SessionFlow sessions;
    private final SettingsFlow settings;
    private final DatabaseActions databaseActions;
    private final Opening opening;
    private final StartScreen start;
    /** Loaded once the first screen is up (decoding sounds would compete with the start for the CPU). */
    private CuePlayer cues;
    private SessionReports reports;
    private StartData firstStart;
    private final List<CrashRecovery.Lost> lost = new ArrayList<>();
    private final CloseGuard closeGuard;
    private final ClinicPages pages;
    private final ServerBanner banner;
    /** The idle time's sign-in, over whatever was on screen: what was there (edits not yet saved) is kept under it. */
    private final StackPane signInCover = new StackPane();
    private final SignIn signIn;
    private final IdleWatch idle;

    public Screens(Locale locale, Supplier<SessionClock> clocks, Clock wallClock, FilePicker files, Runnable exit) {
        this.files = files;
        this.exit = exit;
        this.wallClock = wallClock;
        this.state = new AppState(locale);
        StackPane overlayLayer = new StackPane();
        this.overlay = new Overlay(overlayLayer, state::text, content);
        this.banner = new ServerBanner(state);
        BorderPane framed = new BorderPane(content);
        framed.setTop(banner.node());
        this.signInCover.setVisible(false);
        this.signInCover.getStyleClass().add("sign-in-cover");
        this.root = new StackPane(framed, overlayLayer, signInCover);
        root.setId("screens");
        this.settings = new SettingsFlow(state, background, this, () -> Optional.ofNullable(root.getScene()));
        this.databaseActions = new DatabaseActions(state, background, overlay, files, this, wallClock, content);
        this.start = new StartScreen(state, this::show, () -> Optional.ofNullable(root.getScene()), this::cues);
        this.opening = new Opening(state, background, files, exit, content, this::show, this::opened, this::console);
        this.sessions = new SessionFlow(state, new SessionFlow.Parts(background, overlay, files, clocks, wallClock, this::cues,
                () -> reports, settings), this);
        this.closeGuard = new CloseGuard(state, sessions, overlay, exit);
        this.pages = new ClinicPages(state, background, files, wallClock, this, () -> reports);
        this.signIn = new SignIn(state, background, this, exit, wallClock, new SignIn.Cover(signInCover));
        this.idle = new IdleWatch(() -> state.clinic().isPresent() && state.settings() != null ? state.settings().signInIdleMinutes() : 0,
                IdleWatch.MINUTE, () -> sessions.console().isPresent() || overlay.isOpen() || signIn.showing(),
                () -> signIn.again(SignInViewModel.Reason.IDLE));
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
        opening.begin(file);
    }

    /** Opens what {@code where} names: a file, or a clinic workstation's file and then the sign-in to its server. */
    public void begin(DataLocation.Where where) {
        state.serverAddress(where.server());
        opening.begin(where.file());
    }

    /** A database open: the state, the reports and the theme follow it; a lost session first, else the start screen. */
    private void opened(OpenedStore store) {
        state.opened(store);
        firstStart = store.startData();
        reports = new SessionReports(store.store(), store.journal(), background, files, wallClock,
                () -> new SessionReports.Look(text(), state.settings().clinicName(), state.settings().paper()));
        settings.applyTheme();
        lost.clear();
        lost.addAll(store.lost());
        start.afterFirstFrame(() -> {
            store.store().database().startDeferredCheck(); // a large file's check: after the start screen is drawn
            if (store.journal().isPresent()) {
                databaseActions.startAutoBackup(store);
            }
        });
        if (state.serverAddress().isPresent() && store.journal().isPresent() && state.clinic().isEmpty()) {
            ClinicLink link = new ClinicLink(state.serverAddress().get(), background, wallClock);
            state.clinic(link);
            reports.onClinic(link::workstation); // the clinic's record trail is the server's
            store.journal().get().addWrittenListener(link::nudge);
            link.addListener(banner::show);
            root.sceneProperty().addListener((o, was, now) -> idle.watch(now));
            idle.watch(root.getScene());
            signIn.atStart(link, this::showNext);
            return;
        }
        showNext();
    }

    @Override
    public void reopened(OpenedStore store, String notice) {
        start.keep(notice);
        opening.opened(store);
    }

    @Override
    public void tell(String line) {
        Optional<ConsoleViewModel> console = sessions.console();
        if (console.isPresent()) {
            console.get().notice(line);
        } else {
            start.tell(line);
        }
    }

    @Override
    public void show(Node screen) {
        content.getChildren().setAll(screen);
    }

    @Override
    public void failed(Exception e) {
        opening.failed(e);
    }

    /** How the process should end: non-zero while the start stands refused (another database may still open). */
    public ExitStatus exitStatus() {
        return opening.exitStatus();
    }

    /** Runs {@code then} each time a start is refused, after the reason is on screen. */
    public void whenRefused(Consumer<StoreProblem> then) {
        opening.whenRefused(then);
    }

    @Override
    public void showNext() {
        if (!lost.isEmpty()) {
            sessions.leave();
            start.hidden();
            sessions.offerRecovery(lost.remove(0));
        } else {
            showStart();
        }
    }

    @Override
    public void showStart() {
        sessions.leave();
        closeGuard.reset();
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
        start.show(data, new StartView.Actions(sessions::start, databaseActions::backup, databaseActions::restore,
                databaseActions::importSession, away(() -> settings.show(databaseActions::backup, databaseActions::restore)),
                away(pages::clients), away(pages::plans), state.clinic().isPresent() ? away(() -> signIn.again(SignInViewModel.Reason.SWITCH))
                : () -> { }));
    }

    @Override
    public void onStart(Runnable action) {
        start.then(action);
        showStart();
    }

    /** The idle time run out now (for tests: the real one counts minutes). */
    void idleNow() {
        signIn.again(SignInViewModel.Reason.IDLE);
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
        return start.plansOffered();
    }

    /** Runs {@code then} once, the first time the start screen is on screen with its data loaded. */
    public void whenStartShown(Runnable then) {
        start.whenShown(then);
    }

    /** A page reached from the start screen: news waits for the start screen's return. */
    private Runnable away(Runnable page) {
        return () -> {
            start.hidden();
            page.run();
        };
    }

    /** Whether the dark high-contrast theme is on (for tests). */
    public boolean darkTheme() {
        return state.settings() != null && state.settings().theme() == Theme.DARK;
    }

    /** Whether the window may close now (see {@link CloseGuard}). */
    public boolean mayClose() {
        return closeGuard.mayClose();
    }

    /** At exit: lets today's backup finish, writes what is queued and closes the database, on the database thread. */
    public void shutdown() {
        databaseActions.awaitAutoBackup();
        sessions.leave();
        Optional<OpenedStore> current = state.current();
        Optional<ClinicLink> clinic = state.clinic();
        clinic.ifPresent(ClinicLink::stopTrying);
        background.finish(() -> {
            clinic.ifPresent(ClinicLink::close); // the sender stops first: what waits stays in the file for the next start
            current.ifPresent(OpenedStore::close);
        }, Duration.ofSeconds(10));
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
