package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Progression;
import org.retrotread.ui.plans.PlansView;
import org.retrotread.ui.plans.PlansViewModel;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Backups;
import org.retrotread.store.Client;
import org.retrotread.store.CrashRecovery;
import org.retrotread.store.Database;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SessionExport;
import org.retrotread.store.SessionImports;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.common.AfterFrame;
import org.retrotread.ui.common.Background;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.clients.ClientsView;
import org.retrotread.ui.clients.ClientsViewModel;
import org.retrotread.ui.console.ConsoleView;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.console.CuePlayer;
import org.retrotread.ui.recovery.RecoveryView;
import org.retrotread.ui.start.StartRequest;
import org.retrotread.ui.start.StartView;
import org.retrotread.ui.start.StartViewModel;
import org.retrotread.ui.settings.SettingsValues;
import org.retrotread.ui.settings.SettingsView;
import org.retrotread.ui.settings.SettingsViewModel;
import org.retrotread.ui.startup.StartupProblemView;

/**
 * The composition root: opens the store off the JavaFX thread, then moves between the screens
 * (a startup problem, crash recovery, the start screen, the console) and wires each one to the
 * engine and the store. Tests build it with a fake clock and a temporary database.
 */
public final class Screens {

    private final StackPane content = new StackPane();
    private final StackPane root;
    private final Overlay overlay;
    private final Locale locale;
    private final Supplier<SessionClock> clocks;
    private final Clock wallClock;
    private final FilePicker files;
    private final Runnable exit;
    private volatile ExitStatus exitStatus = ExitStatus.OK;
    private java.util.function.Consumer<StoreProblem> onRefused = problem -> { };
    private final Background background = new Background();
    /** Loaded once the first screen is up (decoding sounds would compete with the start for the CPU). */
    private CuePlayer cues;
    private boolean soundOn = true;
    /** Printed at the top of every sheet, and the paper sheets are laid out for (settings). */
    private String clinicName = "";
    private org.retrotread.report.PaperSize paper = org.retrotread.report.PaperSize.A4;
    private org.retrotread.session.units.Speed treadmillMax;
    private boolean darkTheme;
    private Messages text;
    private Path database;
    private OpenedStore opened;
    private SessionReports reports;
    private Runnable onStartShown = () -> { };
    private StartData firstStart;
    private long nextSessionId;
    private final List<CrashRecovery.Lost> lost = new ArrayList<>();
    private ConsoleView console;
    private Thread backupThread;
    /** What waits for the first frame of the start screen after a database opened: its check, its backup. */
    private Runnable afterFirstFrame = () -> { };
    /** Where the automatic backups are: the setting, else beside the database. */
    private Path backupFolder;
    private ConsoleViewModel consoleModel;
    private StartViewModel startModel;
    private boolean closeWarned;
    /** News for the next start screen (a restore done while the old one was being replaced). */
    private String pendingNotice = "";
    /** Something to do once the start screen shows (a backup asked for on the settings screen). */
    private Runnable pendingAction = () -> { };

    public Screens(Locale locale, Supplier<SessionClock> clocks, Clock wallClock, FilePicker files, Runnable exit) {
        this.locale = locale;
        this.clocks = clocks;
        this.wallClock = wallClock;
        this.files = files;
        this.exit = exit;
        this.text = new Messages(locale, DisplayUnits.forLocale(locale));
        StackPane overlayLayer = new StackPane();
        this.overlay = new Overlay(overlayLayer, () -> text, content);
        this.root = new StackPane(content, overlayLayer);
        root.setId("screens");
    }

    public Parent root() {
        return root;
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Screens.class.getResource("/org/retrotread/ui/theme.css").toExternalForm());
    }

    /** Opens {@code file} in the background and shows what comes of it. */
    public void begin(Path file) {
        database = file;
        Label opening = new Label(text.text("ui.start.opening"));
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
            background.run(() -> OpenedStore.open(file, locale), this::opened, this::failed);
        }
    }

    private void opened(OpenedStore store) {
        opened = store;
        exitStatus = ExitStatus.OK;
        firstStart = store.startData();
        reports = new SessionReports(store.store(), store.journal(), background, files, wallClock,
                () -> new SessionReports.Look(text, clinicName, paper));
        text = store.text();
        nextSessionId = store.nextSessionId();
        soundOn = store.soundOn();
        clinicName = store.clinicName();
        paper = store.paper();
        treadmillMax = store.context().treadmillMaxSpeed();
        darkTheme = store.darkTheme();
        applyTheme();
        lost.clear();
        lost.addAll(store.lost());
        backupFolder = store.backupFolder();
        Database checking = store.store().database();
        checking.whenChecked(problem -> problem.ifPresent(p -> Platform.runLater(() -> damagedAfterStart(checking, p))));
        afterFirstFrame = () -> {
            checking.startDeferredCheck(); // a large file's check: after the start screen is drawn, not against it
            if (store.journal().isPresent()) {
                startAutoBackup(store);
            }
        };
        showNext();
    }

    /**
     * A large database is checked while the start screen is up; if it turns out damaged, nothing was or will be
     * written to it, and the person is told as at a refused start (or on the console, where the banner follows).
     */
    private void damagedAfterStart(Database which, StoreProblem problem) {
        if (opened == null || opened.store().database() != which) {
            return; // another database has been opened since
        }
        if (consoleModel != null) {
            consoleModel.notice(text.format(problem.message()));
            return;
        }
        OpenedStore damaged = opened;
        opened = null;
        background.run(() -> {
            damaged.close(); // its lock too: another database may be chosen on the screen that follows
            return true;
        }, x -> { }, e -> System.err.println("retrotread: closing the damaged database failed: " + e)); // nothing was written
        // to it, so nothing is at stake; the screen already says what matters (the damage), and the log has this
        failed(problem);
    }

    /**
     * Today's automatic backup, on a thread of its own with a connection of its own: a large clinic's copy
     * takes seconds and must be in nobody's way. Only a failure is said (on the start screen, or the console).
     */
    private void startAutoBackup(OpenedStore store) {
        Path folder = store.backupFolder();
        Thread t = new Thread(() -> {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                store.store().database().awaitChecked(); // a damaged file is not copied: that is said elsewhere
                new org.retrotread.store.AutoBackups(store.store().database(), folder, wallClock).today(); // into the trail too
            } catch (StoreProblem e) {
                if (e.kind() != StoreProblem.Kind.DAMAGED || !e.file().equals(store.store().database().file())) {
                    Platform.runLater(() -> tell(text.format("ui.start.autoBackupFailed", folder.toString(), problemText(e))));
                } // a damaged database is said by damagedAfterStart, once
            } catch (RuntimeException e) {
                Platform.runLater(() -> tell(text.format("ui.start.autoBackupFailed", folder.toString(), problemText(e))));
            }
        }, "retrotread-backup");
        t.setDaemon(true);
        backupThread = t;
        t.start();
    }

    /** A line for the person, where they are: the console while a session runs, else the start screen. */
    private void tell(String line) {
        if (consoleModel != null) {
            consoleModel.notice(line);
        } else if (startModel != null) {
            startModel.noticeProperty().set(line);
        } else {
            pendingNotice = line;
        }
    }

    private void failed(Exception e) {
        StoreProblem problem = e instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, database, e);
        exitStatus = ExitStatus.of(problem.kind());
        content.getChildren().setAll(new StartupProblemView(problem, text, this::chooseOtherDatabase, exit).node());
        onRefused.accept(problem);
    }

    /** How the process should end: non-zero while the start stands refused (another database may still open). */
    public ExitStatus exitStatus() {
        return exitStatus;
    }

    /** Runs {@code then} each time a start is refused, after the reason is on screen. */
    public void whenRefused(java.util.function.Consumer<StoreProblem> then) {
        onRefused = then;
    }

    private void chooseOtherDatabase() {
        files.save(content, text.text("ui.problem.chooseTitle"), "retrotread.db").ifPresent(this::begin);
    }

    /** A lost session first, if there is one; else the start screen. */
    private void showNext() {
        if (!lost.isEmpty()) {
            CrashRecovery.Lost next = lost.remove(0);
            content.getChildren().setAll(new RecoveryView(next, text, () -> resume(next), () -> closeInterrupted(next)).node());
        } else {
            showStart();
        }
    }

    private void showStart() {
        if (console != null) {
            console.dispose();
            console = null;
            consoleModel = null;
        }
        closeWarned = false;
        var store = opened.store();
        if (firstStart != null) {
            StartData data = firstStart; // read with the database's opening: the first start screen needs no second trip
            firstStart = null;
            showStart(data);
            return;
        }
        background.run(() -> StartData.read(store), this::showStart, this::failed);
    }

    private void showStart(StartData data) {
        startModel = new StartViewModel(text, database, opened.journal().isEmpty(), data.clients(), data.plans(),
                data.operators(), treadmillMax);
        startModel.noticeProperty().set(pendingNotice);
        pendingNotice = "";
        Runnable action = pendingAction;
        pendingAction = () -> { };
        action.run();
        StartView view = new StartView(startModel, new StartView.Actions(this::startSession, this::backup,
                this::restore, this::importSession, this::showSettings, this::showClients, this::showPlans));
        content.getChildren().setAll(view.node());
        view.focusClient();
        Runnable shown = onStartShown;
        onStartShown = () -> { };
        shown.run();
        Runnable later = afterFirstFrame;
        afterFirstFrame = () -> { };
        if (root.getScene() != null) { // after this frame: the sounds are ready long before a session's first cue
            AfterFrame.run(root.getScene(), () -> {
                cues();
                later.run();
            });
        } else {
            Platform.runLater(() -> {
                cues();
                later.run();
            });
        }
    }

    /** The console's state while one is shown (the soak benchmark drives a long session through it). */
    Optional<ConsoleViewModel> console() {
        return Optional.ofNullable(consoleModel);
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


    private void startSession(StartRequest request) {
        if (opened.journal().isEmpty()) {
            startModel.noticeProperty().set(text.text("ui.start.readOnlyNoSession"));
            return;
        }
        var store = opened.store();
        background.run(() -> SessionLaunch.prepare(store, request), launch -> {
            if (launch.awaitsDecision()) {
                askAboutRaise(request, launch);
            } else {
                openConsole(request, launch);
            }
        }, e -> startModel.noticeProperty().set(problemText(e)));
    }

    /**
     * A raise the progression proposes: the clinician accepts it, adjusts it (a smaller raise) or holds
     * the level. Hold is where the keyboard starts; Accept arms after a moment, like every question that
     * changes what the walker will do.
     */
    private void askAboutRaise(StartRequest request, SessionLaunch launch) {
        Progression.Assessment a = launch.assessment().orElseThrow();
        Progression.Level proposed = a.proposal().orElseThrow();
        String question = text.format(a.reason()) + (proposed.capped()
                ? " " + text.format("progression.capped", launch.client().flatMap(Client::maxSpeed).orElseThrow()) : "");
        overlay.choose(text.text("ui.progression.title"), question, List.of(
                new Overlay.Choice(text.format("ui.progression.hold", a.current().percent()), "raise-hold", KeyCode.H, false,
                        () -> openConsole(request, launch.decided(a.hold()))),
                new Overlay.Choice(text.format("ui.progression.accept", proposed.percent()), "raise-accept", KeyCode.A, true,
                        () -> openConsole(request, launch.decided(a.accept()))),
                new Overlay.Choice(text.text("ui.progression.adjust"), "raise-adjust", KeyCode.J, false,
                        () -> adjustRaise(request, launch, a))));
    }

    private void adjustRaise(StartRequest request, SessionLaunch launch, Progression.Assessment a) {
        overlay.askFields(text.format("ui.progression.adjustQuestion", a.current().percent(), a.largestRaise()),
                new String[] {"ui.progression.adjustField"}, answers -> readRaise(answers[0], a.largestRaise()).isPresent()
                        ? Optional.empty()
                        : Optional.of(new Overlay.FieldError(0, text.format("ui.progression.adjustWrong", a.largestRaise()))),
                answers -> openConsole(request, launch.decided(a.adjust(readRaise(answers[0], a.largestRaise()).orElseThrow()))));
    }

    /** A typed raise in %: a number above 0 and at most {@code most}, with either decimal mark. */
    static Optional<Double> readRaise(String typed, double most) {
        return org.retrotread.session.units.TypedDecimal.read(typed, "%").filter(raise -> raise > 0 && raise <= most + 1e-9);
    }

    private void openConsole(StartRequest request, SessionLaunch launch) {
        SessionContext context = new SessionContext(launch.client().flatMap(Client::maxSpeed), treadmillMax,
                launch.client().flatMap(Client::bodyMass));
        SessionOpening opening = new SessionOpening(nextSessionId++, launch.client().map(Client::id), launch.starterId(),
                launch.planVersionId(), launch.plan(), request.operator(), context, wallClock.instant(), launch.progression())
                .withClientUuid(launch.clientUuid());
        opened.journal().orElseThrow().open(opening);
        showConsole(new SessionEngine(launch.plan(), context, clocks.get(), wallClock), opening);
    }

    private void resume(CrashRecovery.Lost session) {
        EventJournal journal = opened.journal().orElseThrow();
        long id = session.record().id();
        SessionEngine engine = CrashRecovery.resume(session, wallClock, e -> journal.append(id, e));
        showConsole(engine, openingOf(session));
    }

    private void closeInterrupted(CrashRecovery.Lost session) {
        EventJournal journal = opened.journal().orElseThrow();
        long id = session.record().id();
        List<SessionEvent> closing = CrashRecovery.closeAsInterrupted(session, text.text("ui.recovery.reason"));
        closing.forEach(e -> journal.append(id, e));
        List<SessionEvent> all = new ArrayList<>(session.events());
        all.addAll(closing);
        journal.seal(id, SummaryCalculator.summarise(session.plan(), session.record().context(), all, session.stoppedAt()));
        showNext();
    }

    private static SessionOpening openingOf(CrashRecovery.Lost session) {
        var r = session.record();
        return new SessionOpening(r.id(), r.uuid(), r.clientId(), Optional.empty(), Optional.of(r.planVersionId()), session.plan(),
                r.operator(), r.context(), r.openedAt(), Optional.empty(), Optional.empty()); // the same session: its own UUID
    }

    private void showConsole(SessionEngine engine, SessionOpening opening) {
        JournalRecording recording = new JournalRecording(opened.journal().orElseThrow(), opening, engine, wallClock);
        engine.addListener(recording::record);
        consoleModel = new ConsoleViewModel(engine, opening.context(), text, recording, Platform::runLater);
        consoleModel.mutedProperty().set(!soundOn);
        consoleModel.operatorProperty().set(opening.operator());
        opening.progression().ifPresent(p -> consoleModel.progressionNoteProperty().set(text.sentences(p.record().says())));
        showClientName(consoleModel, opening.clientId());
        consoleModel.mutedProperty().addListener((o, was, muted) -> {
            soundOn = !muted;
            saveSetting(s -> s.setSoundOn(!muted));
        });
        console = new ConsoleView(consoleModel, new ConsoleView.Services(this::showNext, files, background, this::toggleTheme, cues(),
                reports.of(opening.id())));
        closeWarned = false;
        content.getChildren().setAll(console.node());
        console.node().requestFocus();
    }

    /** The client's name on the console's header, read on the database thread. */
    private void showClientName(ConsoleViewModel model, Optional<Long> clientId) {
        if (clientId.isEmpty()) {
            return;
        }
        var clients = opened.store().clients();
        background.run(() -> clients.find(clientId.get()), client -> client.ifPresent(c -> {
            model.clientNameProperty().set(c.name());
            model.precautionsProperty().set(c.clinical().precautions());
        }), e -> model.notice(text.format("ui.console.clientUnread", problemText(e))));
    }

    private void showSettings() {
        var settings = opened.store().settings();
        record Stored(List<String> operators, Progression.Policy policy, Optional<Path> backupFolder) {
        }
        background.run(() -> new Stored(settings.operators(), settings.progressionPolicy(), settings.backupFolder()), stored -> {
            SettingsValues current = new SettingsValues(text.unit(), treadmillMax, stored.operators(), darkTheme, soundOn,
                    text.locale(), clinicName, paper, stored.policy(), stored.backupFolder());
            SettingsViewModel model = new SettingsViewModel(text, current);
            content.getChildren().setAll(new SettingsView(model, database, new SettingsView.Actions(this::saveSettings,
                    this::showStart, () -> onStart(this::backup), () -> onStart(this::restore))).node());
        }, this::failed);
    }

    private void showClients() {
        StoreClients data = new StoreClients(opened.store(), background, wallClock, () -> opened.journal().isEmpty(), text);
        ClientsViewModel model = new ClientsViewModel(text, data);
        data.reportTo(model.noticeProperty()::set);
        content.getChildren().setAll(new ClientsView(model, this::showStart, new ClientsView.Papers(reports::of,
                reports::saveSessionsCsv, reports::saveProgressReport, reports::printProgressReport, reports::saveAuditTrail,
                reports::printAuditTrail)).node());
    }

    private void showPlans() {
        PlansViewModel model = new PlansViewModel(text, new StorePlans(opened.store(), background,
                () -> opened.journal().isEmpty(), text), treadmillMax);
        content.getChildren().setAll(new PlansView(model, files, this::showStart).node());
    }

    /** Goes to the start screen and does {@code action} there, where its outcome is shown. */
    private void onStart(Runnable action) {
        pendingAction = action;
        showStart();
    }

    /** Saves on the database thread, then applies: the screens are rebuilt in the new language and unit. */
    private void saveSettings(SettingsValues values) {
        if (opened.journal().isEmpty()) {
            showStart(); // read-only: nothing can be saved, and the start screen says why
            return;
        }
        var settings = opened.store().settings();
        background.run(() -> {
            settings.setDisplayUnit(values.unit());
            settings.setTreadmillMaxSpeed(values.treadmillMax());
            settings.setOperators(values.operators());
            settings.setTheme(values.darkTheme() ? "dark" : "light");
            settings.setSoundOn(values.soundOn());
            settings.setLanguage(values.language().toLanguageTag());
            settings.setClinicName(values.clinicName());
            settings.setPaper(values.paper().name());
            settings.setProgressionPolicy(values.progression());
            settings.setBackupFolder(values.backupFolder());
            return values;
        }, saved -> {
            text = new Messages(saved.language(), saved.unit());
            treadmillMax = saved.treadmillMax();
            soundOn = saved.soundOn();
            darkTheme = saved.darkTheme();
            clinicName = saved.clinicName();
            paper = saved.paper();
            backupFolder = saved.backupFolder().orElse(org.retrotread.store.AutoBackups.defaultFolder(database));
            applyTheme();
            pendingNotice = text.text("ui.settings.saved");
            showStart();
        }, e -> failed(e));
    }

    private void toggleTheme() {
        darkTheme = !darkTheme;
        applyTheme();
        boolean dark = darkTheme;
        saveSetting(s -> s.setTheme(dark ? "dark" : "light"));
    }

    private void applyTheme() {
        String dark = Screens.class.getResource("/org/retrotread/ui/theme-dark.css").toExternalForm();
        if (root.getScene() != null) {
            root.getScene().getStylesheets().remove(dark);
            if (darkTheme) {
                root.getScene().getStylesheets().add(dark);
            }
        }
    }

    /** A setting changed on screen (the theme, the sound), saved on the database thread; a failure is said. */
    private void saveSetting(SettingChange change) {
        if (opened != null && opened.journal().isPresent()) {
            var settings = opened.store().settings();
            background.run(() -> {
                change.apply(settings);
                return true;
            }, x -> { }, e -> settingNotSaved(e));
        }
    }

    /** Said where the person is: on the console while a session runs, else on the start screen. */
    private void settingNotSaved(Exception e) {
        tell(text.format("ui.settings.notSaved", problemText(e)));
    }

    @FunctionalInterface
    private interface SettingChange {
        void apply(org.retrotread.store.Settings settings) throws Exception;
    }

    /** Whether the dark high-contrast theme is on (for tests). */
    public boolean darkTheme() {
        return darkTheme;
    }

    private void backup() {
        String name = "retrotread-backup-" + LocalDate.now(wallClock) + ".db";
        files.save(content, text.text("ui.start.backupTitle"), name).ifPresent(target -> background.run(() -> {
            Backups.backup(opened.store().database(), target);
            return text.format("ui.start.backedUp", target) + audited(opened, AuditTrail.Action.BACKUP_MADE, "manual", target.toString());
        }, done -> startModel.noticeProperty().set(done),
                e -> startModel.noticeProperty().set(text.format("ui.start.backupFailed", problemText(e)))));
    }

    /** The automatic backups first, newest first, with their dates and sizes; any other file after them. */
    private void restore() {
        Path folder = backupFolder;
        org.retrotread.store.AutoBackups backups = new org.retrotread.store.AutoBackups(opened.store().database(), folder, wallClock);
        background.run(backups::list, kept -> {
            if (kept.isEmpty()) {
                restoreFromFile();
                return;
            }
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                    .withLocale(text.locale());
            List<String> rows = kept.stream().map(k -> text.format("ui.start.restoreRow", day.format(k.day()),
                    text.number(k.bytes() / 1_048_576.0))).toList();
            overlay.pick(text.format("ui.start.restorePick", folder.toString()), rows, i -> verifyThenAsk(kept.get(i).file()),
                    text.text("ui.start.restoreOther"), this::restoreFromFile);
        }, e -> restoreFromFile()); // the folder cannot be read: a file can still be chosen
    }

    private void restoreFromFile() {
        files.open(content, text.text("ui.start.restoreTitle")).ifPresent(this::verifyThenAsk);
    }

    private void verifyThenAsk(Path backup) {
        background.run(() -> {
            Backups.verify(backup); // before anything is closed or replaced
            return backup;
        }, verified -> overlay.ask(text.format("ui.start.restoreAsk", verified), () -> replaceWith(verified), () -> { }),
                e -> startModel.noticeProperty().set(text.format("ui.start.restoreRefused", problemText(e))));
    }

    /** Brings back a session exported with X when saving failed: checked whole, then added or completed. */
    private void importSession() {
        if (opened.journal().isEmpty()) {
            startModel.noticeProperty().set(text.text("ui.start.readOnlyNoSession"));
            return;
        }
        var store = opened.store();
        files.open(content, text.text("ui.start.importTitle")).ifPresent(file -> background.run(
                () -> {
                    var done = new SessionImports(store).importFile(file);
                    return text.format("ui.start.imported", done.sessionId(), done.eventsAdded(),
                            (done.sealed() ? text.text("ui.start.importedSealed") : "")
                                    + (done.clientFound() ? "" : text.text("ui.start.importedNoClient")))
                            + audited(opened, AuditTrail.Action.IMPORTED, String.valueOf(done.sessionId()), file.toString());
                },
                done -> startModel.noticeProperty().set(done),
                e -> startModel.noticeProperty().set(e instanceof SessionExport.Refused r ? text.format(r.reason())
                        : text.format("ui.start.importRefused", problemText(e)))));
    }

    private void replaceWith(Path backup) {
        OpenedStore current = opened;
        background.run(() -> {
            current.close();
            Path kept = null;
            StoreProblem refused = null;
            try {
                kept = Backups.restore(backup, database, wallClock);
            } catch (StoreProblem p) {
                refused = p; // the live database was not replaced: open it again as it was
            }
            OpenedStore reopened = OpenedStore.open(database, locale);
            String unrecorded = kept == null ? "" : audited(reopened, AuditTrail.Action.RESTORED, backup.toString(), kept.toString());
            return new Restored(reopened, kept, refused, unrecorded);
        }, restored -> {
            pendingNotice = restored.kept() != null ? text.format("ui.start.restored", restored.kept()) + restored.unrecorded()
                    : text.format("ui.start.restoreRefused", problemText(restored.refused()));
            opened(restored.store());
        }, this::failed);
    }

    private record Restored(OpenedStore store, Path kept, StoreProblem refused, String unrecorded) {
    }

    /**
     * Writes a backup, restore or import into the audit trail, on the database thread; what could not be
     * written there comes back as a sentence to add to the notice ("" when it was written).
     */
    private String audited(OpenedStore in, AuditTrail.Action action, String subject, String where) {
        try {
            return in.store().audit().record(Optional.empty(), action, subject, where) ? "" : " " + text.text("audit.readOnly");
        } catch (Exception e) { // the database refused the row (full, locked): said, after what was done
            return " " + text.format("audit.notRecorded", problemText(e));
        }
    }

    private String problemText(Exception e) {
        return e instanceof StoreProblem p ? text.format(p.message()) : String.valueOf(e.getMessage());
    }

    /**
     * Whether the window may close now. A running or unsaved session is not closed on the first
     * request (the console says why); a second request closes, and the session waits for recovery.
     */
    public boolean mayClose() {
        if (closeWarned) {
            return true;
        }
        if (consoleModel == null) {
            // Away from the console, the journal may still hold a finished session's last changes (its seal
            // queued while the disk is full): closing would lose them, so it asks (Backspace keeps it open).
            long held = opened == null ? 0 : opened.journal().map(EventJournal::unwritten).orElse(0L);
            if (held == 0) {
                return true;
            }
            overlay.ask(text.format("ui.close.unsavedAway", held), () -> {
                closeWarned = true;
                exit.run();
            }, () -> { });
            return false;
        }
        boolean running = consoleModel.state().status() != SessionStatus.FINISHED
                && consoleModel.state().status() != SessionStatus.READY;
        long unsaved = consoleModel.recording().unsaved();
        if (!running && unsaved == 0) {
            consoleModel.leave();
            return true;
        }
        if (unsaved > 0 && console != null) { // held only in memory: never closed on a first request without a word
            console.askBeforeClosing(unsaved, () -> {
                closeWarned = true;
                exit.run();
            });
            return false;
        }
        closeWarned = true;
        consoleModel.notice(text.text("ui.console.closeRefused"));
        return false;
    }

    /** At exit: lets today's backup finish, writes what is queued and closes the database, on the database thread. */
    public void shutdown() {
        Thread backup = backupThread;
        if (backup != null) {
            try {
                backup.join(2_000); // a small clinic's copy is done by then; a large one half made is made again next start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (console != null) {
            console.dispose();
        }
        OpenedStore current = opened;
        background.finish(() -> {
            if (current != null) {
                current.close();
            }
        }, java.time.Duration.ofSeconds(10));
        if (cues != null) {
            cues.close();
        }
    }

    public String title() {
        return text.text("app.title");
    }

    /** The display unit in use (for tests and the settings screen to come). */
    public SpeedUnit unit() {
        return text.unit();
    }
}
