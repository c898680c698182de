package org.retrotread.ui.recovery;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.store.CrashRecovery;
import org.retrotread.ui.common.Focus;

/**
 * Offered first after a crash: a session that did not finish, and the two choices. Resume counts
 * the time the app was down as a pause; closing keeps everything and marks it interrupted.
 */
public final class RecoveryView {

    private final StackPane root = new StackPane();

    public RecoveryView(CrashRecovery.Lost lost, Messages text, Runnable onResume, Runnable onClose) {
        Label title = new Label(text.text("ui.recovery.title"));
        title.getStyleClass().add("screen-title");
        String opened = text.dates().dateTime(lost.record().openedAt());
        Label details = new Label(text.format("ui.recovery.details", lost.plan().name(), opened,
                Messages.clock(lost.state().activeTime(lost.stoppedAt())), lost.events().size()));
        details.setId("recovery-details");
        details.setWrapText(true);
        details.getStyleClass().add("problem-text");
        Button resume = new Button(text.text("ui.recovery.resume"));
        resume.setId("recovery-resume");
        resume.setDefaultButton(true);
        resume.setOnAction(e -> onResume.run());
        Button close = new Button(text.text("ui.recovery.close"));
        close.setId("recovery-close");
        close.setOnAction(e -> onClose.run());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.I) {
                e.consume();
                onClose.run();
            }
        });
        VBox card = new VBox(24, title, details, new HBox(16, resume, close));
        card.getStyleClass().add("problem-card");
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
        Focus.onceShown(resume);
    }

    public Parent node() {
        return root;
    }
}
