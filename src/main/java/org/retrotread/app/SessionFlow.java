package org.retrotread.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.TypedDecimal;
import org.retrotread.store.Client;
import org.retrotread.store.CrashRecovery;
import org.retrotread.store.EventJournal;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.SessionOpening;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.console.ConsoleView;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.console.CuePlayer;
import org.retrotread.ui.recovery.RecoveryView;
import org.retrotread.ui.start.StartRequest;
import org.retrotread.work.Worker;

/**
 * A session from start to end: the request from the start screen, the progression's question, the console
 * (new, or resumed after a crash), a lost session closed as interrupted, and whether the window may close
 * while a session is on screen.
 */
final class SessionFlow {

    /** What the session flow needs from the rest of the app, besides the state. */
    record Parts(Worker background, Overlay overlay, FilePicker files, Supplier<SessionClock> clocks, Clock wallClock,
                 Supplier<CuePlayer> cues, Supplier<SessionReports> reports, SettingsFlow settings) {
    }

    private final AppState state;
    private final Parts parts;
    private final Navigator navigator;
    private ConsoleView console;
    private ConsoleViewModel consoleModel;

    SessionFlow(AppState state, Parts parts, Navigator navigator) {
        this.state = state;
        this.parts = parts;
        this.navigator = navigator;
    }

    private Messages text() {
        return state.text();
    }

    /** The console's state while one is shown. */
    Optional<ConsoleViewModel> console() {
        return Optional.ofNullable(consoleModel);
    }

    void start(StartRequest request) {
        if (state.readOnly()) {
            navigator.tell(text().text("ui.start.readOnlyNoSession"));
            return;
        }
        var store = state.store().store();
        ClinicWrites clinic = ClinicWrites.of(state, parts.wallClock());
        parts.background().run(() -> SessionLaunch.prepare(store, request, clinic), launch -> {
            if (launch.awaitsDecision()) {
                askAboutRaise(request, launch);
            } else {
                openConsole(request, launch);
            }
        }, e -> navigator.tell(e instanceof ServerProblem p ? clinic.newClientRefused(p) : Problems.text(text(), e)));
    }

    /**
     * A raise the progression proposes: the clinician accepts it, adjusts it (a smaller raise) or holds
     * the level. Hold is where the keyboard starts; Accept arms after a moment, like every question that
     * changes what the walker will do.
     */
    private void askAboutRaise(StartRequest request, SessionLaunch launch) {
        Progression.Assessment a = launch.assessment().orElseThrow();
        Progression.Level proposed = a.proposal().orElseThrow();
        String question = text().format(a.reason()) + (proposed.capped()
                ? " " + text().format("progression.capped", launch.client().flatMap(Client::maxSpeed).orElseThrow()) : "");
        parts.overlay().choose(text().text("ui.progression.title"), question, List.of(
                new Overlay.Choice(text().format("ui.progression.hold", a.current().percent()), "raise-hold", KeyCode.H, false,
                        () -> openConsole(request, launch.decided(a.hold()))),
                new Overlay.Choice(text().format("ui.progression.accept", proposed.percent()), "raise-accept", KeyCode.A, true,
                        () -> openConsole(request, launch.decided(a.accept()))),
                new Overlay.Choice(text().text("ui.progression.adjust"), "raise-adjust", KeyCode.J, false,
                        () -> adjustRaise(request, launch, a))));
    }

    private void adjustRaise(StartRequest request, SessionLaunch launch, Progression.Assessment a) {
        parts.overlay().askFields(text().format("ui.progression.adjustQuestion", a.current().percent(), a.largestRaise()),
                new String[] {"ui.progression.adjustField"}, answers -> readRaise(answers[0], a.largestRaise()).isPresent()
                        ? Optional.empty()
                        : Optional.of(new Overlay.FieldError(0, text().format("ui.progression.adjustWrong", a.largestRaise()))),
                answers -> openConsole(request, launch.decided(a.adjust(readRaise(answers[0], a.largestRaise()).orElseThrow()))));
    }

    /** A typed raise in %: a number above 0 and at most {@code most}, with either decimal mark. */
    static Optional<Double> readRaise(String typed, double most) {
        return TypedDecimal.read(typed, "%").filter(raise -> raise > 0 && raise <= most + 1e-9);
    }

    private void openConsole(StartRequest request, SessionLaunch launch) {
        Client.Safety safety = launch.client().map(Client::safety).orElse(Client.Safety.NONE);
        SessionContext context = new SessionContext(launch.client().flatMap(Client::maxSpeed), state.settings().treadmillMax(),
                launch.client().flatMap(Client::bodyMass), safety.maxGrade(), state.settings().gradeRange(), safety.heartRate());
        SessionOpening opening = new SessionOpening(state.takeSessionId(), launch.client().map(Client::id), launch.starterId(),
                launch.planVersionId(), launch.plan(), request.operator(), context, parts.wallClock().instant(), launch.progression())
                .withClientUuid(launch.clientUuid());
        state.journal().orElseThrow().open(opening);
        showConsole(new SessionEngine(launch.plan(), context, parts.clocks().get(), parts.wallClock()), opening);
    }

    /** The recovery screen for a session a crash left open: resume it, or close it as interrupted. */
    void offerRecovery(CrashRecovery.Lost lost) {
        navigator.show(new RecoveryView(lost, text(), () -> resume(lost), () -> {
            CrashRecovery.closeAndSeal(lost, text().text("ui.recovery.reason"), state.journal().orElseThrow());
            navigator.showNext();
        }).node());
    }

    private void resume(CrashRecovery.Lost session) {
        EventJournal journal = state.journal().orElseThrow();
        long id = session.record().id();
        SessionEngine engine = CrashRecovery.resume(session, parts.wallClock(), e -> journal.append(id, e));
        showConsole(engine, openingOf(session));
    }

    private static SessionOpening openingOf(CrashRecovery.Lost session) {
        var r = session.record();
        return new SessionOpening(r.id(), r.uuid(), r.clientId(), Optional.empty(), Optional.of(r.planVersionId()), session.plan(),
                r.operator(), r.context(), r.openedAt(), Optional.empty(), Optional.empty()); // the same session: its own UUID
    }

    private void showConsole(SessionEngine engine, SessionOpening opening) {
        JournalRecording recording = new JournalRecording(state.journal().orElseThrow(), opening, engine, parts.wallClock());
        engine.addListener(recording::record);
        consoleModel = new ConsoleViewModel(engine, opening.context(), text(), recording, Platform::runLater);
        consoleModel.mutedProperty().set(!state.settings().soundOn());
        consoleModel.about().operatorProperty().set(opening.operator());
        opening.progression().ifPresent(p -> consoleModel.about().progressionNoteProperty().set(text().sentences(p.record().says())));
        showClientName(consoleModel, opening.clientId());
        consoleModel.mutedProperty().addListener((o, was, muted) -> parts.settings().soundOn(!muted));
        console = new ConsoleView(consoleModel, new ConsoleView.Services(navigator::showNext, parts.files(), parts.background(),
                parts.settings()::toggleTheme, parts.cues().get(), parts.reports().get().of(opening.id())));
        navigator.show(console.node());
        console.node().requestFocus();
    }

    /** The client's name on the console's header, read on the database thread. */
    private void showClientName(ConsoleViewModel model, Optional<Long> clientId) {
        if (clientId.isEmpty()) {
            return;
        }
        var clients = state.store().store().clients();
        parts.background().run(() -> clients.find(clientId.get()), client -> client.ifPresent(c -> {
            model.about().clientNameProperty().set(c.name());
            model.about().precautionsProperty().set(c.clinical().precautions());
        }), e -> model.notice(text().format("ui.console.clientUnread", Problems.text(text(), e))));
    }

    /** The console leaves the screen (another screen is shown): its timers stop. */
    void leave() {
        if (console != null) {
            console.dispose();
            console = null;
            consoleModel = null;
        }
    }

    /** What a request to close the window comes to while a console is shown. */
    enum Closing {
        /** Nothing at stake: close. */
        CLOSE,
        /** Changes held only in memory: the console asks (keep, export, or close and lose them). */
        ASKED,
        /** A session running: the console says why not; a second request closes. */
        WARNED
    }

    /**
     * Whether the window may close now, with a session on screen: not while it runs or holds unsaved changes.
     *
     * @param closeAnyway what a deliberate "close and lose them" does
     * @return empty when no console is shown (the caller decides), else what the request comes to
     */
    Optional<Closing> mayClose(Runnable closeAnyway) {
        if (consoleModel == null) {
            return Optional.empty();
        }
        boolean running = consoleModel.state().status() != SessionStatus.FINISHED
                && consoleModel.state().status() != SessionStatus.READY;
        long unsaved = consoleModel.recording().unsaved();
        if (!running && unsaved == 0) {
            consoleModel.leave();
            return Optional.of(Closing.CLOSE);
        }
        if (unsaved > 0 && console != null) { // held only in memory: never closed on a first request without a word
            console.askBeforeClosing(unsaved, closeAnyway);
            return Optional.of(Closing.ASKED);
        }
        consoleModel.notice(text().text("ui.console.closeRefused"));
        return Optional.of(Closing.WARNED);
    }
}
