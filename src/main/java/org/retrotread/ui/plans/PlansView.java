package org.retrotread.ui.plans;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.retrotread.i18n.Messages;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Focus;
import org.retrotread.ui.common.Forms;
import org.retrotread.ui.common.Overlay;

/**
 * The plan library: saved plans and starters on the left, the open plan on the right. Keys:
 * Ctrl+N new, Ctrl+D copy, Ctrl+S save, Ctrl+I import (Retrotread, QZ or Zwift), Ctrl+E export, Ctrl+Shift+E export
 * for QZ, Esc back (twice with unsaved changes).
 */
public final class PlansView {

    /** How many lines of the notice show before it scrolls (each about 21 pixels at the house's font size). */
    private static final int NOTICE_LINES_SHOWN = 6;
    private final BorderPane root = new BorderPane();
    private final StackPane overlayLayer = new StackPane();
    /** Questions over the library (an imported plan's name already in use), in the same scene: see decision 5. */
    private final Overlay overlay;
    private final StackPane whole = new StackPane(root, overlayLayer);
    private final PlansViewModel model;
    private final Messages text;
    private final FilePicker files;
    private final ScrollPane editorArea = new ScrollPane();
    private final VBox previewArea = new VBox();
    private boolean leaveWarned;

    public PlansView(PlansViewModel model, FilePicker files, Runnable back) {
        this.model = model;
        this.text = model.text();
        this.files = files;
        this.overlay = new Overlay(overlayLayer, () -> text, root);
        Label title = new Label(text.text("ui.plans.title"));
        title.getStyleClass().add("screen-title");
        Label notice = new Label();
        notice.setId("plans-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        // An imported workout's notes may run to dozens of lines: they scroll, and the library and editor keep their room.
        ScrollPane noticeArea = new ScrollPane(notice);
        noticeArea.setId("plans-notice-area");
        noticeArea.setFitToWidth(true);
        noticeArea.setMaxHeight(NOTICE_LINES_SHOWN * 21);
        noticeArea.getStyleClass().add("edge-to-edge");
        noticeArea.visibleProperty().bind(notice.textProperty().isNotEmpty());
        noticeArea.managedProperty().bind(noticeArea.visibleProperty());
        VBox top = new VBox(8, title, noticeArea);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setLeft(library());
        editorArea.setFitToWidth(true);
        editorArea.setId("plan-editor-area");
        BorderPane.setMargin(editorArea, new Insets(0, 0, 0, 16));
        root.setCenter(editorArea);
        model.editorProperty().addListener((o, was, now) -> showEditor());
        showEditor();
        root.setBottom(new VBox(8, buttons(back), hint()));
        root.getStyleClass().add("plans");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.E) {
                e.consume();
                exportQz();
            } else if (e.isShortcutDown() && shortcut(e.getCode())) {
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave(back);
            }
        });
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case N -> model.newPlan();
            case D -> model.copy();
            case S -> model.save();
            case I -> importPlan();
            case E -> exportPlan();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void leave(Runnable back) {
        if (model.hasUnsavedChanges() && !leaveWarned) {
            leaveWarned = true;
            model.noticeProperty().set(text.text("ui.plans.unsaved"));
            return;
        }
        back.run();
    }

    private VBox library() {
        ListView<PlansViewModel.Entry> list = new ListView<>(model.entries());
        list.setId("plan-library");
        list.setPrefWidth(330);
        list.setCellFactory(l -> {
            ListCell<PlansViewModel.Entry> cell = new ListCell<>() {
                @Override
                protected void updateItem(PlansViewModel.Entry item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : model.label(item));
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24));
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        Label caption = new Label(text.text("ui.plans.library"));
        caption.getStyleClass().add("caption");
        caption.setLabelFor(list);
        Focus.onceShown(list);
        list.setPrefHeight(300);
        VBox column = new VBox(8, caption, list, previewArea);
        column.setPrefWidth(330);
        column.setMaxWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private void showEditor() {
        leaveWarned = false;
        PlanEditorViewModel editor = model.editorProperty().get();
        if (editor == null) {
            editorArea.setContent(new Label(text.text("ui.plans.none")));
            previewArea.getChildren().clear();
            return;
        }
        PlanEditorView view = new PlanEditorView(editor, model.clients());
        editorArea.setContent(view.node());
        previewArea.getChildren().setAll(view.preview());
    }

    private HBox buttons(Runnable back) {
        return new HBox(8, button("plan-new", "ui.plans.new", model::newPlan), button("plan-copy", "ui.plans.copy", model::copy),
                button("plan-save", "ui.plans.save", model::save), button("plan-import", "ui.plans.import", this::importPlan),
                button("plan-export", "ui.plans.export", this::exportPlan), button("plan-export-qz", "ui.plans.exportQz", this::exportQz),
                button("plan-archive", "ui.plans.archive", model::archive), button("plans-back", "ui.plans.back", () -> leave(back)));
    }

    private Node hint() {
        Label hint = new Label(text.text("ui.plans.hint"));
        hint.getStyleClass().add("keys");
        hint.setWrapText(true);
        return hint;
    }

    /** An import replaces what the editor shows: unsaved edits are never dropped without a word (and a second Ctrl+I). */
    private void importPlan() {
        if (!model.mayDiscard("import", "ui.plans.importOverUnsaved")) {
            return;
        }
        files.open(root, text.text("ui.plans.importTitle"), List.of(
                new FileChooser.ExtensionFilter(text.text("ui.plans.files.all"), "*.json", "*.xml", "*.zwo"),
                new FileChooser.ExtensionFilter(text.text("ui.plans.files.any"), "*")))
                .ifPresent(file -> model.importFrom(file, this::askAboutClash, this::askPace));
    }

    /** A Zwift run of pace shares: its 100 %, checked as typed; Backspace on an empty field cancels the import. */
    private void askPace(OtherFormats.PaceQuestion question) {
        overlay.askFields(question.question(), new String[] {"ui.plans.pace.field"},
                answers -> question.problem().apply(answers[0]).map(m -> new Overlay.FieldError(0, m)),
                answers -> question.answer().accept(answers[0]));
    }

    private void exportQz() {
        files.save(root, text.text("ui.plans.exportQzTitle"), model.suggestedFileName(PlanFormat.QZ)).ifPresent(model::exportQzTo);
    }

    /** Cancel is where the keyboard starts; Replace arms first, since it changes a plan in use. */
    private void askAboutClash(PlansViewModel.ImportClash clash) {
        overlay.choose(text.format("ui.plans.clashTitle", clash.name()), text.text("ui.plans.clashDetail"), List.of(
                new Overlay.Choice(text.text("ui.plans.clashCancel"), "clash-cancel", KeyCode.C, false, clash.cancel()),
                new Overlay.Choice(text.text("ui.plans.clashKeepBoth"), "clash-keep-both", KeyCode.K, false, clash.keepBoth()),
                new Overlay.Choice(text.text("ui.plans.clashReplace"), "clash-replace", KeyCode.R, true, clash.replace())));
    }

    private void exportPlan() {
        files.save(root, text.text("ui.plans.exportTitle"), model.suggestedFileName()).ifPresent(model::exportTo);
    }

    private Button button(String id, String key, Runnable action) {
        return Forms.button(id, text.text(key), action);
    }

    public Parent node() {
        return whole;
    }
}
