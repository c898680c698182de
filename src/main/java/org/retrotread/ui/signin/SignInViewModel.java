package org.retrotread.ui.signin;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;

/**
 * The clinic server's sign-in: each member of staff as their own PostgreSQL login (decision 0021). The password
 * is handed to the server and then forgotten: never written anywhere, and cleared from the form at every attempt.
 */
public final class SignInViewModel {

    /** What a person asked to sign in with; an empty password lets PostgreSQL's own files supply it (.pgpass). */
    public record Attempt(String user, Optional<String> password) {
    }

    /** Why the screen is shown, which decides whether it may be left without signing in. */
    public enum Reason {
        /** At start: the server wants to know who is there. */
        START,
        /** "Switch user", asked for: Escape goes back as the one signed in. */
        SWITCH,
        /** Back after the idle time: someone must sign in. */
        IDLE
    }

    private final Messages text;
    private final String server;
    private final Reason reason;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInViewModel(Messages text, String server, Reason reason, String lastUser) {
        this.text = text;
        this.server = server;
        this.reason = reason;
        this.user.set(lastUser == null ? "" : lastUser);
        if (reason == Reason.IDLE) {
            message.set(text.text("ui.signIn.idle"));
        }
    }

    /**
     * The attempt the form holds, or empty with the reason said: a user name is needed (a password may come from
     * .pgpass). The password is taken out of the form either way.
     */
    public Optional<Attempt> submit() {
        String typed = password.get();
        password.set("");
        String name = user.get() == null ? "" : user.get().strip();
        if (name.isEmpty()) {
            message.set(text.text("ui.signIn.userNeeded"));
            return Optional.empty();
        }
        busy.set(true);
        message.set(text.format("ui.signIn.signingIn", server));
        return Optional.of(new Attempt(name, typed == null || typed.isEmpty() ? Optional.empty() : Optional.of(typed)));
    }

    /** The server said no, or could not be reached: said in its words, the form ready for another try. */
    public void refused(String why) {
        busy.set(false);
        message.set(why);
    }

    public boolean mayCancel() {
        return reason == Reason.SWITCH;
    }

    public String title() {
        return text.text("ui.signIn.title");
    }

    public String serverLine() {
        return text.format("ui.signIn.server", server);
    }

    public Messages text() { return text; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
}
