package org.retrotread.ui.signin;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.ui.common.Focus;

/**
 * The sign-in card: user, password, Sign in (Enter), and Quit; Escape goes back when switching user. The user
 * field is filled with who signed in last, so the keyboard starts in the password.
 */
public final class SignInView {

    /** What the buttons do. */
    public record Actions(Consumer<SignInViewModel.Attempt> signIn, Runnable cancel, Runnable quit) {
    }

    private final StackPane root = new StackPane();

    public SignInView(SignInViewModel model, Actions actions) {
        Messages text = model.text();
        Label title = new Label(model.title());
        title.getStyleClass().add("screen-title");
        Label server = new Label(model.serverLine());
        server.setId("signin-server");
        server.setWrapText(true);
        TextField user = new TextField();
        user.setId("signin-user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label userCaption = caption(text.text("ui.signIn.user"), user);
        Label passwordCaption = caption(text.text("ui.signIn.password"), password);
        Label hint = new Label(text.text("ui.signIn.passwordHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("keys");
        Label message = new Label();
        message.setId("signin-message");
        message.setWrapText(true);
        message.getStyleClass().add("notice");
        message.textProperty().bind(model.messageProperty());
        Button signIn = new Button(text.text("ui.signIn.signIn"));
        signIn.setId("signin-go");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.submit().ifPresent(actions.signIn()));
        Button quit = new Button(text.text("ui.signIn.quit"));
        quit.setId("signin-quit");
        quit.setOnAction(e -> actions.quit().run());
        HBox buttons = new HBox(16, signIn);
        if (model.mayCancel()) {
            Button back = new Button(text.text("ui.signIn.back"));
            back.setId("signin-back");
            back.setCancelButton(true);
            back.setOnAction(e -> actions.cancel().run());
            buttons.getChildren().add(back);
        }
        buttons.getChildren().add(quit);
        user.disableProperty().bind(model.busyProperty());
        password.disableProperty().bind(model.busyProperty());
        VBox card = new VBox(12, title, server, userCaption, user, passwordCaption, password, hint, message, buttons);
        card.getStyleClass().add("problem-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setId("signin");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.mayCancel()) {
                e.consume();
                actions.cancel().run();
            }
        });
        Focus.onceShown(model.userProperty().get().isBlank() ? user : password);
        model.busyProperty().addListener((o, was, busy) -> {
            if (!busy) { // refused: the keyboard back in the password (the fields were off while the server was asked)
                password.requestFocus();
            }
        });
    }

    private static Label caption(String words, Node field) {
        Label label = new Label(words);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    public Parent node() {
        return root;
    }
}
