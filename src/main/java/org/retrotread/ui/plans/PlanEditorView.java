package org.retrotread.ui.plans;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.store.Client;
import org.retrotread.ui.common.Forms;

/**
 * One plan in the editor: its own fields, its blocks (Alt+1..5 add, Alt+Up/Down move, Delete in the
 * list removes), the selected block's fields; and apart, for the library's side, the profile with the total time.
 */
final class PlanEditorView {

    private final VBox root = new VBox(12);
    private final PlanEditorViewModel model;
    private final Messages text;
    private final VBox blockForm = new VBox();
    private final ListView<BlockDraft> blocks = new ListView<>();
    private final VBox preview;

    PlanEditorView(PlanEditorViewModel model, ObservableList<Client> clients) {
        this.model = model;
        this.text = model.text();
        root.setId("plan-editor");
        ProfileChart chart = new ProfileChart(text);
        chart.show(model.plan());
        Label total = new Label(model.totalLine());
        total.setId("plan-total");
        model.planProperty().addListener((o, was, now) -> {
            chart.show(now);
            total.setText(model.totalLine());
            blocks.refresh(); // a block's summary line follows its fields
        });
        Label planProblems = new Label();
        planProblems.setId("plan-problems");
        planProblems.getStyleClass().add("field-problem");
        planProblems.setWrapText(true);
        planProblems.managedProperty().bind(planProblems.textProperty().isNotEmpty()); // no gap while all is well
        model.problems().addListener((MapChangeListener<String, String>) c -> {
            planProblems.setText(planLevel());
            total.setText(model.totalLine());
        });
        planProblems.setText(planLevel());
        HBox blockArea = new HBox(16, blockList(), blockForm);
        HBox.setHgrow(blockForm, Priority.ALWAYS);
        root.getChildren().addAll(planFields(clients), planProblems, blockArea);
        Label previewCaption = new Label(text.text("ui.plans.preview"));
        previewCaption.getStyleClass().add("caption");
        previewCaption.setWrapText(true);
        total.setWrapText(true);
        previewCaption.setMinHeight(Region.USE_PREF_SIZE); // wrapped in the narrow column, never cut to one line
        total.setMinHeight(Region.USE_PREF_SIZE);
        preview = new VBox(6, previewCaption, chart, total);
        showBlock();
        model.selectedProperty().addListener((o, was, now) -> showBlock());
        model.modeProperty().addListener((o, was, now) -> showBlock()); // captions carry the mode's unit
    }

    /** Plan-level problems in one line each, named by field ("Name: required"). */
    private String planLevel() {
        return model.problems().entrySet().stream().filter(e -> e.getKey().startsWith(FieldProblem.PLAN_LEVEL + ":"))
                .map(e -> text.text("plan.field." + e.getKey().substring(e.getKey().indexOf(':') + 1)) + ": " + e.getValue())
                .sorted().collect(Collectors.joining("\n"));
    }

    private GridPane planFields(ObservableList<Client> clients) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        TextField name = field("plan-name", model.nameProperty());
        name.setPrefColumnCount(22);
        ToggleButton powered = new ToggleButton(text.text("TreadmillMode.POWERED"));
        powered.setId("plan-mode-powered");
        ToggleButton unpowered = new ToggleButton(text.text("TreadmillMode.UNPOWERED"));
        unpowered.setId("plan-mode-unpowered");
        SegmentedButton mode = new SegmentedButton(powered, unpowered);
        (model.modeProperty().get() == TreadmillMode.POWERED ? powered : unpowered).setSelected(true);
        mode.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.modeProperty().set(now == unpowered ? TreadmillMode.UNPOWERED : TreadmillMode.POWERED);
            }
        });
        mode.setDisable(model.readOnly());
        ComboBox<Client> owner = new ComboBox<>();
        owner.setId("plan-client");
        owner.getItems().add(null);
        owner.getItems().addAll(clients);
        owner.setButtonCell(clientCell());
        owner.setCellFactory(list -> clientCell());
        owner.setValue(model.clientProperty().get());
        owner.setMinWidth(Region.USE_PREF_SIZE);
        owner.setPrefWidth(220);
        owner.valueProperty().bindBidirectional(model.clientProperty());
        CheckBox progression = new CheckBox(text.text("ui.plans.progression"));
        progression.setId("plan-progression");
        progression.setMinWidth(Region.USE_PREF_SIZE);
        progression.selectedProperty().bindBidirectional(model.progressionOnProperty());
        progression.disableProperty().bind(model.clientProperty().isNull()
                .or(model.modeProperty().isEqualTo(TreadmillMode.UNPOWERED)).or(Bindings.createBooleanBinding(model::readOnly)));
        TextField percent = field("plan-progressionPercent", model.progressionPercentProperty());
        percent.setPrefColumnCount(3);
        percent.setMinWidth(Region.USE_PREF_SIZE); // never squeezed to nothing by its long caption
        percent.disableProperty().bind(progression.selectedProperty().not().or(progression.disableProperty()));
        Label percentUnit = new Label(text.text("ui.plans.progressionUnit"));
        percentUnit.setMinWidth(Region.USE_PREF_SIZE);
        Label percentHint = new Label(text.format("ui.plans.progressionHint"));
        percentHint.getStyleClass().add("caption");
        percentHint.setWrapText(true);
        mode.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, caption("name", name), name);
        grid.add(mode, 2, 0, 2, 1);
        grid.addRow(1, caption("maxSpeed", null), unitField("plan-maxSpeed", model.maxSpeedProperty()),
                caption("maxStep", null), unitField("plan-maxStep", model.maxStepProperty()));
        grid.addRow(2, caption("sessionsPerWeek", null), field("plan-sessionsPerWeek", model.sessionsPerWeekProperty()),
                caption("client", owner), owner);
        CheckBox railsLevel = new CheckBox(text.text("ui.plans.railsLevel"));
        railsLevel.setId("plan-railsLevel");
        railsLevel.setWrapText(true);
        railsLevel.selectedProperty().bindBidirectional(model.railsLevelProperty());
        railsLevel.setDisable(model.readOnly());
        grid.add(railsLevel, 0, 4, 4, 1);
        HBox progressionRow = new HBox(8, progression, percent, percentUnit);
        progressionRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(new VBox(4, progressionRow, percentHint), 0, 3, 4, 1);
        return grid;
    }

    private ListCell<Client> clientCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Client item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? text.text("ui.plans.everyone") : item.name());
            }
        };
    }

    private VBox blockList() {
        blocks.setId("plan-blocks");
        blocks.setItems(model.blocks());
        blocks.setPrefWidth(420);
        blocks.setMinWidth(360);
        blocks.setPrefHeight(180);
        blocks.setCellFactory(list -> {
            ListCell<BlockDraft> cell = new ListCell<>() {
                @Override
                protected void updateItem(BlockDraft item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : BlockSummary.line(text, model, getIndex(), item));
                }
            };
            cell.setWrapText(true); // a long block reads whole on two lines rather than cut off
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        blocks.getSelectionModel().select(model.selectedProperty().get());
        blocks.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                model.selectedProperty().set(now.intValue());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> blocks.getSelectionModel().select(now.intValue()));
        model.blocks().addListener((ListChangeListener<BlockDraft>) c -> {
            blocks.getSelectionModel().select(model.selectedProperty().get());
            showBlock();
        });
        blocks.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove();
            }
        });
        MenuButton add = new MenuButton(text.text("ui.plans.addBlock"));
        add.setId("add-block");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (BlockKind kind : BlockKind.values()) {
            MenuItem item = new MenuItem(text.text("BlockKind." + kind.name()));
            item.setId("add-" + kind.name().toLowerCase(Locale.ROOT));
            item.setAccelerator(new KeyCodeCombination(digits[kind.ordinal()], KeyCombination.ALT_DOWN));
            item.setOnAction(e -> model.add(kind));
            add.getItems().add(item);
        }
        Button up = button("block-up", "ui.plans.moveUp", () -> model.move(-1));
        Button down = button("block-down", "ui.plans.moveDown", () -> model.move(1));
        Button remove = button("block-remove", "ui.plans.remove", model::remove);
        for (Node n : new Node[] {add, up, down, remove}) {
            n.setDisable(model.readOnly());
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                model.move(e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });
        FlowPane buttons = new FlowPane(8, 8, add, up, down, remove);
        for (Node n : buttons.getChildren()) {
            ((Control) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(8, caption("blocks", blocks), blocks, buttons);
    }

    private void showBlock() {
        blockForm.getChildren().setAll(new BlockForm(model, model.selectedProperty().get()).node());
    }

    private Button button(String id, String key, Runnable action) {
        return Forms.button(id, text.text(key), action);
    }

    private TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(value);
        f.setEditable(!model.readOnly());
        return f;
    }

    private Node unitField(String id, StringProperty value) {
        return new HBox(6, field(id, value), new Label(text.unit().symbol()));
    }

    private Label caption(String field, Node forNode) {
        Label label = new Label(text.text("plan.field." + field));
        label.getStyleClass().add("caption");
        label.setMinWidth(Region.USE_PREF_SIZE); // a caption is never cut short
        label.setLabelFor(forNode);
        return label;
    }

    Node node() {
        return root;
    }

    /** The profile over time and the total, shown beside the library where there is room for it. */
    Node preview() {
        return preview;
    }
}
