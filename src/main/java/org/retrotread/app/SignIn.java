package org.retrotread.app;

import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.retrotread.store.ClinicServer;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.Store;
import org.retrotread.ui.signin.SignInView;
import org.retrotread.ui.signin.SignInViewModel;
import org.retrotread.work.Worker;

/**
 * Signing in to the clinic server (decision 0021): at start a quiet try as the last login, which PostgreSQL's own
 * files ({@code .pgpass}, {@code pg_service.conf}) may sign in without a question; else the sign-in screen, also on
 * "switch user" and after the idle time. The password goes to the server and nowhere else.
 */
final class SignIn {

    /** What the quiet try at start came to: signed in, or the sign-in screen for {@code user}, with the server's refusal. */
    record Quiet(Optional<ClinicLink.Joined> joined, String user, Optional<ServerProblem> refused) {
    }

    /**
     * The quiet try: the last login (else the computer's user) with no password, so that PostgreSQL's own files may
     * sign in without a question. Started by {@link Preload} while the toolkit comes up, so that the quick sign-in's
     * timeouts overlap the rest of the start; on the database thread.
     */
    static Quiet quiet(Store local, String address, Clock wall) throws Exception {
        String user = local.settings().lastLogin().orElse(System.getProperty("user.name", ""));
        // an address naming its user or a pg_service.conf service signs in as it says; else as the last one signed in
        Properties quietLogin = ClinicServer.namesItsUser(address) ? new Properties() : login(user, Optional.empty());
        try {
            return new Quiet(Optional.of(ClinicLink.join(local, address, quietLogin, wall, true)), user, Optional.empty());
        } catch (ServerProblem p) {
            return new Quiet(Optional.empty(), user, Optional.of(p));
        }
    }

    private final AppState state;
    private final Worker background;
    private final Navigator navigator;
    private final Runnable exit;
    private final Clock wall;
    private final Cover cover;
    /** Whether a sign-in screen is shown (at start, switching, or over the page after the idle time). */
    private boolean showing;

    /** Where the idle time's sign-in is shown: over the page, which stays as it was (its unsaved edits too). */
    record Cover(StackPane layer) {
        void show(Node view) {
            layer.getChildren().setAll(view);
            layer.setVisible(true);
        }

        void hide() {
            layer.getChildren().clear();
            layer.setVisible(false);
        }
    }

    SignIn(AppState state, Worker background, Navigator navigator, Runnable exit, Clock wall, Cover cover) {
        this.state = state;
        this.background = background;
        this.navigator = navigator;
        this.exit = exit;
        this.wall = wall;
        this.cover = cover;
    }

    boolean showing() {
        return showing;
    }

    /** At start: the quiet try, then {@code then} once someone is signed in (or the workstation works from its copy). */
    void atStart(ClinicLink link, Runnable then) {
        Store local = state.store().store();
        if (!link.usable()) {
            ask(link, SignInViewModel.Reason.START, "", badAddress(link), then);
            return;
        }
        Consumer<Quiet> tried = quiet -> {
            if (quiet.joined().isPresent()) {
                signedIn(link, quiet.joined().get(), then);
            } else { // asked for a password: the screen says nothing more; anything else, in the server's words
                ask(link, SignInViewModel.Reason.START, quiet.user(), quiet.refused().filter(p -> p.kind() != ServerProblem.Kind.SIGN_IN_REFUSED)
                        .map(p -> state.text().format(p.message())).orElse(""), then);
            }
        };
        Consumer<Exception> failed = e -> ask(link, SignInViewModel.Reason.START, "", Problems.text(state.text(), e), then);
        Optional<CompletableFuture<Quiet>> preloaded = Preload.takeSignIn(link.address());
        if (preloaded.isPresent()) {
            preloaded.get().whenComplete((quiet, e) -> Platform.runLater(() -> {
                if (e == null) {
                    tried.accept(quiet);
                } else {
                    failed.accept(e instanceof Exception x ? x : new IllegalStateException(e));
                }
            }));
        } else {
            background.run(() -> quiet(local, link.address(), wall), tried, failed);
        }
    }

    /** The sign-in screen; {@code then} runs once someone has signed in. */
    void ask(ClinicLink link, SignInViewModel.Reason reason, String user, String why, Runnable then) {
        SignInViewModel model = new SignInViewModel(state.text(), link.status().server(), reason, user);
        if (!why.isEmpty()) {
            model.messageProperty().set(why);
        }
        if (!link.usable()) {
            model.busyProperty().set(true); // no sign-in can succeed: the reason stays, and Quit
        }
        Store local = state.store().store();
        boolean over = reason == SignInViewModel.Reason.IDLE;
        Node view = new SignInView(model, new SignInView.Actions(attempt -> background.run(
                () -> ClinicLink.join(local, link.address(), login(attempt.user(), attempt.password()), wall, false),
                joined -> {
                    cover.hide();
                    signedIn(link, joined, then);
                },
                e -> model.refused(e instanceof IllegalArgumentException ? badAddress(link) : Problems.text(state.text(), e))),
                () -> {
                    showing = false;
                    navigator.showStart();
                }, exit)).node();
        showing = true;
        if (over) {
            cover.show(view);
        } else {
            navigator.show(view);
        }
    }

    /**
     * "Switch user": the screen again, the user field empty for the next person, then the start screen. The idle
     * time: the screen over the page, the last user offered, then back to the page as it was.
     */
    void again(SignInViewModel.Reason reason) {
        boolean idle = reason == SignInViewModel.Reason.IDLE;
        state.clinic().ifPresent(link -> ask(link, reason, idle ? link.status().login() : "", "", idle ? () -> { } : navigator::showStart));
    }

    private void signedIn(ClinicLink link, ClinicLink.Joined joined, Runnable then) {
        showing = false;
        link.joined(joined, state.store().store().database());
        then.run();
    }

    private String badAddress(ClinicLink link) {
        return state.text().format("ui.clinic.badAddress", link.status().server());
    }

    private static Properties login(String user, Optional<String> password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        password.ifPresent(typed -> p.setProperty("password", typed));
        return p;
    }
}
