package org.retrotread.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.retrotread.ui.common.AfterFrame;
import org.retrotread.ui.start.StartView;
import org.retrotread.ui.start.StartViewModel;

/**
 * The start screen as the app shows it: with news kept for it (a restore done, a setting saved), an action
 * waiting to run there (a backup asked for on the settings screen), and the work that waits for its first
 * frame (the sounds, a large file's check, today's backup) so that nothing slows the screen's coming up.
 */
final class StartScreen {

    private final AppState state;
    private final Consumer<Node> show;
    private final Supplier<Optional<Scene>> scene;
    private final Runnable loadSounds;
    private StartViewModel model;
    private String pendingNotice = "";
    private Runnable pendingAction = () -> { };
    private Runnable onShown = () -> { };
    private Runnable afterFirstFrame = () -> { };

    StartScreen(AppState state, Consumer<Node> show, Supplier<Optional<Scene>> scene, Runnable loadSounds) {
        this.state = state;
        this.show = show;
        this.scene = scene;
        this.loadSounds = loadSounds;
    }

    void show(StartData data, StartView.Actions actions) {
        model = new StartViewModel(state.text(), state.database(), state.readOnly(), data.clients(), data.plans(), data.operators(),
                state.settings().treadmillMax());
        model.treadmillGrades(state.settings().gradeRange());
        state.clinic().ifPresent(link -> model.signedIn(signed(link.status())));
        model.noticeProperty().set(pendingNotice);
        pendingNotice = "";
        Runnable action = pendingAction;
        pendingAction = () -> { };
        action.run();
        StartView view = new StartView(model, actions);
        show.accept(view.node());
        view.focusClient();
        Runnable shown = onShown;
        onShown = () -> { };
        shown.run();
        Runnable later = afterFirstFrame;
        afterFirstFrame = () -> { };
        Runnable soundsThenLater = () -> {
            loadSounds.run();
            later.run();
        };
        if (scene.get().isPresent()) { // after this frame: the sounds are ready long before a session's first cue
            AfterFrame.run(scene.get().get(), soundsThenLater);
        } else {
            Platform.runLater(soundsThenLater);
        }
    }

    /** A clinic workstation's lines: who runs the sessions, where they go, and whether the lists are the copy. */
    private StartViewModel.Signed signed(ClinicLink.Status s) {
        var text = state.text();
        String copy = s.fromCopy() ? ClinicPages.copyLine(text, s) : "";
        return new StartViewModel.Signed(s.login(), text.format("ui.clinic.dataLine", s.server(), s.login(), state.database()), copy);
    }

    /** Another screen is shown: news now waits for the next start screen. */
    void hidden() {
        model = null;
    }

    /** A line for the person: on the start screen if it is shown, else kept for the next one. */
    void tell(String line) {
        if (model != null) {
            model.noticeProperty().set(line);
        } else {
            pendingNotice = line;
        }
    }

    /** News for the next start screen, in place of any kept before. */
    void keep(String notice) {
        pendingNotice = notice;
    }

    /** Something to do once the start screen shows, where its outcome is said. */
    void then(Runnable action) {
        pendingAction = action;
    }

    void whenShown(Runnable then) {
        onShown = then;
    }

    void afterFirstFrame(Runnable work) {
        afterFirstFrame = work;
    }

    /** How many plans the start screen offers (for the start-up probe). */
    int plansOffered() {
        return model == null ? 0 : model.plans().size();
    }
}
