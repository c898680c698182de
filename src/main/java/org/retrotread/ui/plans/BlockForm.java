package org.retrotread.ui.plans;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.TreadmillMode;

/**
 * The fields of one block: a caption (with the unit), the value, and under it the problem with it,
 * if any. Ids are {@code block-<field>} and {@code problem-block-<field>}.
 */
final class BlockForm {

    private final GridPane grid = new GridPane();

    BlockForm(PlanEditorViewModel model, int index) {
        Messages text = model.text();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("block-form");
        if (index < 0 || index >= model.blocks().size()) {
            return;
        }
        BlockDraft draft = model.blocks().get(index);
        Label title = new Label(text.format("ui.plans.blockTitle", index + 1, text.text("BlockKind." + draft.kind().name())));
        title.getStyleClass().add("section-title");
        grid.add(title, 0, 0, 3, 1);
        int row = 1;
        for (String field : draft.fieldNames()) {
            Control input = input(draft, field, model, text);
            input.setId("block-" + field);
            input.setDisable(model.readOnly());
            Label caption = new Label(caption(text, field, draft.kindOf(field), model.modeProperty().get()));
            caption.getStyleClass().add("caption");
            caption.setMinWidth(Region.USE_PREF_SIZE);
            caption.setLabelFor(input);
            Label problem = new Label();
            problem.setId("problem-block-" + field);
            problem.getStyleClass().add("message");
            problem.textProperty().bind(Bindings.stringValueAt(model.problems(), PlanEditorViewModel.key(index, field)));
            if (field.equals("recoveryTarget")) {
                // Standing on the side rails has no target: the field is there only for a moving recovery.
                var moving = Bindings.createBooleanBinding(() -> !Movement.STANDING.name().equals(draft.value("recovery")),
                        draft.property("recovery"));
                for (Node n : new Node[] {caption, input, problem}) {
                    n.visibleProperty().bind(moving);
                    n.managedProperty().bind(moving);
                }
            }
            grid.addRow(row++, caption, input, problem);
        }
    }

    private static String caption(Messages text, String field, BlockDraft.Kind kind, TreadmillMode mode) {
        String name = text.text("plan.field." + field);
        if (kind == BlockDraft.Kind.TARGET) {
            return text.format("ui.plans.withUnit", name, mode == TreadmillMode.POWERED ? text.unit().symbol() : text.text("ui.plans.rpe"));
        }
        if (kind == BlockDraft.Kind.GRADE) {
            return text.format("ui.plans.withUnit", name, "%");
        }
        return kind == BlockDraft.Kind.DURATION ? text.format("ui.plans.withUnit", name, text.text("ui.plans.clockHint")) : name;
    }

    private static Control input(BlockDraft draft, String field, PlanEditorViewModel model, Messages text) {
        return switch (draft.kindOf(field)) {
            case RELEASE -> choice(draft, field, text, HandrailBlock.Release.values(), "Release.");
            case RECOVERY -> choice(draft, field, text, Movement.values(), "Movement.");
            default -> {
                TextField f = new TextField();
                f.setPrefColumnCount(8);
                f.textProperty().bindBidirectional(draft.property(field));
                yield f;
            }
        };
    }

    /** A fixed choice, stored in the draft by its constant's name and shown in words. */
    private static Control choice(BlockDraft draft, String field, Messages text, Enum<?>[] values, String keyPrefix) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(values).map(Enum::name).toList()));
        ListCell<String> shown = cell(text, keyPrefix);
        box.setButtonCell(shown);
        box.setCellFactory(list -> cell(text, keyPrefix));
        box.setValue(draft.value(field));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.property(field).set(now);
            }
        });
        return box;
    }

    private static ListCell<String> cell(Messages text, String keyPrefix) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.text(keyPrefix + item));
            }
        };
    }

    Node node() {
        return grid;
    }
}
