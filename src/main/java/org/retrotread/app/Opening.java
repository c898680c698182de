package org.retrotread.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.retrotread.store.Database;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.startup.StartupProblemView;
import org.retrotread.work.Worker;

/**
 * Opening a database: off the JavaFX thread (or taken from the preload that opened it while the toolkit
 * started), a refusal shown with what to do (another file, or quit with a status a script can read), and a
 * large file's deferred check that may still find it damaged after the start screen is up.
 */
final class Opening {

    private final AppState state;
    private final Worker background;
    private final FilePicker files;
    private final Runnable exit;
    private final Consumer<Node> show;
    private final Consumer<OpenedStore> opened;
    private final Supplier<Optional<ConsoleViewModel>> console;
    /** Where the file dialog is anchored. */
    private final Node owner;
    private volatile ExitStatus exitStatus = ExitStatus.OK;
    private Consumer<StoreProblem> onRefused = problem -> { };

    /**
     * @param opened  what to do with a database once open (on the JavaFX thread)
     * @param console the console, while one is shown: a damage found then is said there
     */
    Opening(AppState state, Worker background, FilePicker files, Runnable exit, Node owner, Consumer<Node> show,
            Consumer<OpenedStore> opened, Supplier<Optional<ConsoleViewModel>> console) {
        this.owner = owner;
        this.state = state;
        this.background = background;
        this.files = files;
        this.exit = exit;
        this.show = show;
        this.opened = opened;
        this.console = console;
    }

    /** Opens {@code file} in the background and hands on what comes of it. */
    void begin(Path file) {
        state.database(file);
        Label opening = new Label(state.text().text("ui.start.opening"));
        opening.setId("opening");
        opening.getStyleClass().add("screen-title");
        var preloaded = Preload.take(file);
        if (preloaded.isPresent() && preloaded.get().isDone() && !preloaded.get().isCompletedExceptionally()) {
            opened(preloaded.get().join()); // opened while the toolkit started: no frame of "Opening..."
            return;
        }
        show.accept(opening);
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

    /** A database open (at a start, or after a restore): its deferred check watched, then handed on. */
    void opened(OpenedStore store) {
        exitStatus = ExitStatus.OK;
        Database checking = store.store().database();
        checking.whenChecked(problem -> problem.ifPresent(p -> Platform.runLater(() -> damagedAfterStart(checking, p))));
        opened.accept(store);
    }

    /**
     * A large database is checked while the start screen is up; if it turns out damaged, nothing was or will be
     * written to it, and the person is told as at a refused start (or on the console, where the banner follows).
     */
    private void damagedAfterStart(Database which, StoreProblem problem) {
        if (state.current().map(s -> s.store().database() != which).orElse(true)) {
            return; // another database has been opened since
        }
        Optional<ConsoleViewModel> shown = console.get();
        if (shown.isPresent()) {
            shown.get().notice(state.text().format(problem.message()));
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

    /** A database that could not be opened or used: the problem screen, and the exit status it means. */
    void failed(Exception e) {
        StoreProblem problem = e instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, state.database(), e);
        exitStatus = ExitStatus.of(problem.kind());
        show.accept(new StartupProblemView(problem, state.text(), this::chooseOtherDatabase, exit).node());
        onRefused.accept(problem);
    }

    private void chooseOtherDatabase() {
        files.save(owner, state.text().text("ui.problem.chooseTitle"), "retrotread.db").ifPresent(this::begin);
    }

    ExitStatus exitStatus() {
        return exitStatus;
    }

    void whenRefused(Consumer<StoreProblem> then) {
        onRefused = then;
    }
}
