package org.retrotread.ui.start;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.store.Client;
import org.retrotread.ui.common.ChoiceList;

/**
 * Who, by whom, which treadmill and which plan: then Enter opens the console. The keyboard path is
 * client field (Down into its matches) - Enter - plan list (arrows) - Enter.
 */
public final class StartView {

    /** What the start screen can ask the app to do. */
    public record Actions(Consumer<StartRequest> start, Runnable backup, Runnable restore, Runnable importSession,
                          Runnable settings, Runnable clients, Runnable plans, Runnable switchUser) {
    }

    /** Rows shown at once: the plan list fills its column; a client's matches leave room for the operator. */
    private static final int PLAN_ROWS = 9;
    private static final int CLIENT_ROWS = 5;

    private final BorderPane root = new BorderPane();
    private final StartViewModel model;
    private final Messages text;
    private final ChoiceList<PlanChoice> plans;
    private final TextField client = new TextField();

    public StartView(StartViewModel model, Actions actions) {
        this.model = model;
        this.text = model.text();
        this.plans = new ChoiceList<>(model.plans(), model::label, PLAN_ROWS, more("ui.list.moreAbove"), more("ui.list.moreBelow"));
        Label title = new Label(text.text("ui.start.title"));
        title.getStyleClass().add("screen-title");
        HBox columns = new HBox(32, whoColumn(), planColumn(actions), detailColumn());
        HBox.setHgrow(columns.getChildren().get(2), Priority.ALWAYS);
        VBox top = new VBox(16, title);
        if (model.readOnly()) {
            Label readOnly = wrapped("read-only", model.readOnlyText(), "read-only-banner");
            top.getChildren().add(readOnly);
        }
        root.setTop(top);
        root.setCenter(columns);
        Label data = wrapped("data-line", model.dataLine(), "data-line");
        Label hint = wrapped("hint", text.text("ui.start.hint"), "keys");
        Button settings = new Button(text.text("ui.start.settings"));
        settings.setId("open-settings");
        settings.setFocusTraversable(false);
        settings.setOnAction(e -> actions.settings().run());
        Button clients = new Button(text.text("ui.start.clients"));
        clients.setId("open-clients");
        clients.setFocusTraversable(false);
        clients.setOnAction(e -> actions.clients().run());
        Button plansButton = new Button(text.text("ui.start.plans"));
        plansButton.setId("open-plans");
        plansButton.setFocusTraversable(false);
        plansButton.setOnAction(e -> actions.plans().run());
        HBox buttons = new HBox(12, clients, plansButton, settings);
        if (model.signed().isPresent()) {
            Button switchUser = new Button(text.text("ui.start.switchUser"));
            switchUser.setId("switch-user");
            switchUser.setFocusTraversable(false);
            switchUser.setOnAction(e -> actions.switchUser().run());
            buttons.getChildren().add(switchUser);
        }
        root.setBottom(new VBox(4, buttons, data, hint));
        root.getStyleClass().add("start");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.B) {
                e.consume();
                actions.backup().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.R) {
                e.consume();
                actions.restore().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.I) {
                e.consume();
                actions.importSession().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.L) {
                e.consume();
                actions.clients().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.P) {
                e.consume();
                actions.plans().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.COMMA) {
                e.consume();
                actions.settings().run();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.U && model.signed().isPresent()) {
                e.consume();
                actions.switchUser().run();
            }
        });
    }

    private VBox whoColumn() {
        client.setId("client");
        client.setPromptText(text.text("ui.start.clientPrompt"));
        client.textProperty().bindBidirectional(model.clientTextProperty());
        ChoiceList<Client> matches = new ChoiceList<>(model.matches(),
                c -> c.name() + c.identifier().map(id -> "  \u00b7 " + id).orElse(""), CLIENT_ROWS,
                more("ui.list.moreAbove"), more("ui.list.moreBelow"));
        matches.setId("client-matches");
        matches.selectedProperty().addListener((o, was, now) -> {
            if (now != null && matches.isFocused()) {
                model.pick(now);
            }
        });
        client.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !matches.items().isEmpty()) {
                matches.requestFocus();
                matches.selectedProperty().set(matches.items().get(0));
                model.pick(matches.items().get(0));
            } else if (e.getCode() == KeyCode.ENTER) {
                plans.requestFocus();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                plans.requestFocus();
            }
        });
        Label clientLine = new Label();
        clientLine.setId("client-line");
        clientLine.setWrapText(true);
        clientLine.textProperty().bind(model.clientLine());
        Label precautions = new Label();
        precautions.setId("client-precautions");
        precautions.getStyleClass().add("precautions");
        precautions.setWrapText(true);
        precautions.textProperty().bind(model.precautionsLine());
        precautions.visibleProperty().bind(precautions.textProperty().isNotEmpty());
        precautions.managedProperty().bind(precautions.visibleProperty());
        OperatorField operator = new OperatorField(model);
        Label copyLine = new Label(model.signed().map(StartViewModel.Signed::copyLine).orElse(""));
        copyLine.setId("client-source");
        copyLine.setWrapText(true);
        copyLine.getStyleClass().add("caption");
        copyLine.setVisible(!copyLine.getText().isEmpty());
        copyLine.setManaged(copyLine.isVisible());
        VBox who = new VBox(8, caption("ui.start.client", client), client, copyLine, matches, clientLine, precautions,
                caption("ui.start.operator", operator.field()), operator.node());
        who.setPrefWidth(380);
        who.setMinWidth(Region.USE_PREF_SIZE);
        return who;
    }

    private VBox planColumn(Actions actions) {
        ToggleButton powered = new ToggleButton(text.text("TreadmillMode.POWERED"));
        powered.setId("mode-powered");
        ToggleButton unpowered = new ToggleButton(text.text("TreadmillMode.UNPOWERED"));
        unpowered.setId("mode-unpowered");
        // Two toggles in one group, styled as one segmented control (theme.css): the start screen is the
        // first thing drawn, and plain controls keep its first frame quick (ControlsFX waits for later screens).
        ToggleGroup group = new ToggleGroup();
        powered.setToggleGroup(group);
        unpowered.setToggleGroup(group);
        powered.getStyleClass().add("left-pill");
        unpowered.getStyleClass().add("right-pill");
        HBox modes = new HBox(powered, unpowered);
        powered.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
            } else {
                model.modeProperty().set(now == unpowered ? TreadmillMode.UNPOWERED : TreadmillMode.POWERED);
            }
        });
        plans.setId("plans");
        plans.selectedProperty().bindBidirectional(model.selectedProperty());
        plans.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.request().ifPresent(actions.start());
            } else if (e.getCode() == KeyCode.LEFT) {
                powered.setSelected(true);   // the mode buttons sit left and right above the list
            } else if (e.getCode() == KeyCode.RIGHT) {
                unpowered.setSelected(true);
            }
        });
        plans.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.request().ifPresent(actions.start());
            }
        });
        VBox column = new VBox(8, caption("ui.start.plan", plans), modes, plans);
        column.setAlignment(Pos.TOP_LEFT);
        column.setPrefWidth(440);
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private VBox detailColumn() {
        Label description = wrapped("plan-description", "", "plan-description");
        description.textProperty().bind(model.selectedProperty().map(model::describe));
        Label limits = wrapped("limits", "", "limits");
        limits.textProperty().bind(model.limitsLine());
        Label capWarning = wrapped("cap-warning", "", "message");
        capWarning.textProperty().bind(model.capWarning());
        capWarning.visibleProperty().bind(capWarning.textProperty().isNotEmpty());
        capWarning.managedProperty().bind(capWarning.visibleProperty());
        Label notice = wrapped("notice", "", "notice");
        notice.textProperty().bind(model.noticeProperty());
        return new VBox(20, description, limits, capWarning, notice);
    }

    private IntFunction<String> more(String key) {
        return n -> text.format(key, n);
    }

    private Label caption(String key, Node forNode) {
        Label label = new Label(text.text(key));
        label.getStyleClass().add("caption");
        label.setLabelFor(forNode);
        return label;
    }

    private static Label wrapped(String id, String value, String style) {
        Label label = new Label(value);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    public Parent node() {
        return root;
    }

    /**
     * Puts the keyboard in the client field. Called once the screen is in its scene, before the frame,
     * so the first frame already shows the caret there (and styles the field once, focused).
     */
    public void focusClient() {
        client.requestFocus();
    }
}
