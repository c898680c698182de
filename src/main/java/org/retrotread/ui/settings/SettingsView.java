package org.retrotread.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.retrotread.i18n.Messages;
import org.retrotread.report.PaperSize;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.AutoBackups;
import org.retrotread.ui.common.Focus;

/** The settings form. Ctrl+S (or Save) keeps the changes, Esc (or Cancel) leaves them. */
public final class SettingsView {

    /** What the settings screen asks of the app. */
    public record Actions(Consumer<SettingsValues> save, Runnable cancel, Runnable backup, Runnable restore) {
    }

    private final VBox root = new VBox(16);
    private final SettingsViewModel model;
    private final Messages text;

    /** The deck's lowest and highest grade, side by side: "-5 % to 15 %"; a lowest of 0 means it does not decline. */
    private Node gradeRange() {
        TextField lowest = new TextField();
        lowest.setId("grade-lowest");
        lowest.setPrefColumnCount(4);
        lowest.textProperty().bindBidirectional(model.gradeLowestProperty());
        TextField highest = new TextField();
        highest.setId("grade-highest");
        highest.setPrefColumnCount(4);
        highest.textProperty().bindBidirectional(model.gradeHighestProperty());
        Label hint = new Label(text.text("ui.settings.gradeRangeHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption");
        HBox fields = new HBox(8, lowest, new Label(text.text("ui.settings.gradeRangeTo")), highest, new Label("%"));
        fields.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(4, fields, problem("grade-range-error", model.gradeRangeErrorProperty()), hint);
    }

    public SettingsView(SettingsViewModel model, Path database, Actions actions) {
        this.model = model;
        this.text = model.text();
        Label title = new Label(text.text("ui.settings.title"));
        title.getStyleClass().add("screen-title");
        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        int row = 0;
        form.addRow(row++, caption("ui.settings.unit"), unitChoice());
        TextField max = new TextField();
        max.setId("treadmill-max");
        max.textProperty().bindBidirectional(model.treadmillMaxProperty());
        Label unitLabel = new Label();
        unitLabel.textProperty().bind(model.unitProperty().map(SpeedUnit::symbol));
        Label maxError = problem("treadmill-max-error", model.treadmillMaxErrorProperty());
        form.addRow(row++, caption("ui.settings.treadmillMax"), new VBox(4, new HBox(8, max, unitLabel), maxError));
        form.addRow(row++, caption("ui.settings.gradeRange"), gradeRange());
        TextArea operators = new TextArea();
        operators.setId("operators");
        operators.setPrefRowCount(4);
        operators.textProperty().bindBidirectional(model.operatorsProperty());
        form.addRow(row++, caption("ui.settings.operators"), operators);
        form.addRow(row++, caption("ui.settings.theme"), themeChoice());
        CheckBox sound = new CheckBox(text.text("ui.settings.soundOn"));
        sound.setId("sound");
        sound.selectedProperty().bindBidirectional(model.soundOnProperty());
        form.addRow(row++, caption("ui.settings.sound"), sound);
        form.addRow(row++, caption("ui.settings.language"), languageChoice());
        TextField clinic = new TextField();
        clinic.setId("clinic-name");
        clinic.setPromptText(text.text("ui.settings.clinicNamePrompt"));
        clinic.textProperty().bindBidirectional(model.clinicNameProperty());
        Label clinicError = problem("clinic-name-error", model.clinicNameErrorProperty());
        form.addRow(row++, caption("ui.settings.clinicName"), new VBox(4, clinic, clinicError));
        ComboBox<PaperSize> paper = new ComboBox<>(FXCollections.observableArrayList(
                PaperSize.values()));
        paper.setId("paper");
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : text.text("PaperSize." + p.name());
            }

            @Override
            public PaperSize fromString(String s) {
                return null;
            }
        });
        paper.valueProperty().bindBidirectional(model.paperProperty());
        form.addRow(row++, caption("ui.settings.paper"), paper);
        form.addRow(row++, caption("ui.settings.gapDays"), numberField("gap-days", model.gapDaysProperty(),
                model.gapDaysErrorProperty(), "ui.settings.gapDaysUnit"));
        form.addRow(row++, caption("ui.settings.runShare"), numberField("run-share", model.runShareProperty(),
                model.runShareErrorProperty(), "ui.settings.runShareUnit"));
        Button backup = new Button(text.text("ui.settings.backup"));
        backup.setOnAction(e -> actions.backup().run());
        Button restore = new Button(text.text("ui.settings.restore"));
        restore.setOnAction(e -> actions.restore().run());
        Label path = new Label(database.toString());
        path.setId("database-path");
        path.setWrapText(true);
        form.addRow(row++, caption("ui.settings.database"), new VBox(8, path, new HBox(12, backup, restore)));
        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.setPromptText(text.format("ui.settings.backupFolderPrompt", AutoBackups.defaultFolder(database)));
        folder.textProperty().bindBidirectional(model.backupFolderProperty());
        Label folderError = problem("backup-folder-error", model.backupFolderErrorProperty());
        Label folderHint = new Label(text.format("ui.settings.backupFolderHint", AutoBackups.DAILY,
                AutoBackups.WEEKLY));
        folderHint.setWrapText(true);
        folderHint.getStyleClass().add("caption");
        form.addRow(row++, caption("ui.settings.backupFolder"), new VBox(4, folder, folderError, folderHint));
        form.addRow(row++, caption("ui.settings.clinicServer"), clinicServer());
        form.addRow(row, caption("ui.settings.idleMinutes"), numberField("idle-minutes", model.idleMinutesProperty(),
                model.idleMinutesErrorProperty(), "ui.settings.idleMinutesUnit"));
        Button save = new Button(text.text("ui.settings.save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save().ifPresent(actions.save()));
        Button cancel = new Button(text.text("ui.settings.cancel"));
        cancel.setId("settings-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> actions.cancel().run());
        // The form scrolls when the window is shorter than it (1366 x 768 and below), so no row is squeezed and
        // no caption cut; the buttons stay in sight below it.
        ScrollPane page = new ScrollPane(form);
        page.setId("settings-page");
        page.setFitToWidth(true);
        page.setFocusTraversable(false); // the keyboard goes from field to field, not to the page around them
        page.getStyleClass().add("settings-page");
        VBox.setVgrow(page, Priority.ALWAYS);
        root.getChildren().addAll(title, page, new HBox(16, save, cancel));
        root.getStyleClass().add("settings");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                e.consume();
                save.fire();
            }
        });
        // The form joins the scene only when the scroll pane's skin lays it out: focus the first field then.
        max.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                Focus.onceShown(max);
            }
        });
    }

    /** The clinic server's address, with what it does and where the password is not. */
    private VBox clinicServer() {
        TextField server = new TextField();
        server.setId("clinic-server");
        server.setPromptText(text.text("ui.settings.clinicServerPrompt"));
        server.textProperty().bindBidirectional(model.clinicServerProperty());
        Label error = problem("clinic-server-error", model.clinicServerErrorProperty());
        Label hint = new Label(text.text("ui.settings.clinicServerHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption");
        return new VBox(4, server, error, hint);
    }

    private HBox unitChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton kmh = radio("unit-kmh", "km/h", group);
        RadioButton mph = radio("unit-mph", "mph", group);
        (model.unitProperty().get() == SpeedUnit.MILES_PER_HOUR ? mph : kmh).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) ->
                model.unitProperty().set(now == mph ? SpeedUnit.MILES_PER_HOUR : SpeedUnit.KILOMETRES_PER_HOUR));
        return new HBox(16, kmh, mph);
    }

    private HBox themeChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = radio("theme-light", text.text("ui.settings.themeLight"), group);
        RadioButton dark = radio("theme-dark", text.text("ui.settings.themeDark"), group);
        (model.darkThemeProperty().get() ? dark : light).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> model.darkThemeProperty().set(now == dark));
        return new HBox(16, light, dark);
    }

    private ComboBox<Locale> languageChoice() {
        ComboBox<Locale> languages = new ComboBox<>();
        languages.setId("language");
        languages.getItems().setAll(SettingsValues.LANGUAGES);
        languages.setCellFactory(list -> new LanguageCell());
        languages.setButtonCell(new LanguageCell());
        languages.valueProperty().bindBidirectional(model.languageProperty());
        return languages;
    }

    /** Each language in its own words, so a person can find theirs whatever the screen's language. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getDisplayLanguage(item));
        }
    }

    private static RadioButton radio(String id, String label, ToggleGroup group) {
        RadioButton b = new RadioButton(label);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private Label caption(String key) {
        Label label = new Label(text.text(key));
        label.getStyleClass().add("caption");
        label.setMinWidth(Region.USE_PREF_SIZE); // a caption is never cut to make room
        return label;
    }

    public Parent node() {
        return root;
    }

    /** A short number field with its unit after it and its problem under it. */
    private VBox numberField(String id, StringProperty value, StringProperty error,
                             String unitKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        Label unit = new Label(text.text(unitKey));
        unit.setWrapText(true);
        Label problem = problem(id + "-error", error);
        HBox line = new HBox(8, field, unit);
        line.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(4, line, problem);
    }

    /** A field's problem under it, in its words, taking room only while there is one (wrapped, never cut). */
    private static Label problem(String id, StringProperty error) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("message");
        problem.setWrapText(true);
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }
}
