package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.retrotread.i18n.Messages;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.WalkTest;
import org.retrotread.ui.common.Forms;

/** Record a 3-Metre Backward Walk Test and see the trend against the fall-risk cut-off the clinician chose. */
final class WalkTestPane {

    private final WalkTestViewModel model;
    private final Messages text;
    private final LineChart<Number, Number> chart;
    private final Label latest = new Label();

    WalkTestPane(WalkTestViewModel model) {
        this.model = model;
        this.text = model.text();
        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return model.showShortDate(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis seconds = new NumberAxis();
        seconds.setLabel("s");
        chart = new LineChart<>(days, seconds);
        chart.setId("walk-chart");
        chart.setAnimated(false);
        chart.setMinHeight(200);
        chart.setPrefHeight(260);
        latest.setId("walk-latest");
        latest.setWrapText(true);
        latest.setMinHeight(Region.USE_PREF_SIZE);
        chart.setLegendVisible(true); // which line is the client's times and which the cut-off, said under the chart
        model.results().addListener((ListChangeListener<WalkTest>) c -> redraw());
        model.cutoffProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    Node node() {
        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        TextField seconds = Forms.field("walk-seconds", model.secondsProperty());
        seconds.setPrefColumnCount(5);
        TextField date = Forms.field("walk-date", model.dateProperty());
        date.setPrefColumnCount(9);
        seconds.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(0, caption("ui.walk.seconds"), Forms.withError(seconds, model.secondsErrorProperty(), "walk-seconds-error"),
                caption("ui.walk.date"), Forms.withError(date, model.dateErrorProperty(), "walk-date-error"));
        form.addRow(1, caption("ui.walk.aid"), Forms.field("walk-aid", model.aidProperty()), caption("ui.walk.note"),
                Forms.field("walk-note", model.noteProperty()));
        Button record = new Button(text.text("ui.walk.record"));
        record.setId("walk-record");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> model.record());
        ComboBox<Cutoff> cutoff = new ComboBox<>();
        cutoff.setId("walk-cutoff");
        cutoff.getItems().setAll(Cutoff.values());
        cutoff.setCellFactory(list -> new CutoffCell());
        cutoff.setButtonCell(new CutoffCell());
        cutoff.valueProperty().bindBidirectional(model.cutoffProperty());
        VBox pane = new VBox(12, form, new HBox(16, record, caption("ui.walk.cutoff"), cutoff), latest, chart, resultsList(),
                correctionForm());
        VBox.setVgrow(chart, Priority.ALWAYS);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.record();
            }
        });
        pane.setStyle("-fx-padding: 12 0 0 0;");
        return pane;
    }

    /** Every result, oldest first, with its aid and note, and any correction beside the time first typed. */
    private Node resultsList() {
        ListView<WalkTest> list = new ListView<>(model.results());
        list.setId("walk-results");
        list.setPrefHeight(140);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WalkTest item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.line(item));
                setWrapText(true);
                setPrefWidth(0); // wrap within the list, never widen it
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        return new VBox(4, caption("ui.walk.results"), list);
    }

    /** A result typed wrongly is corrected here: the right time, who and why; the original stays on the record. */
    private Node correctionForm() {
        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        TextField seconds = Forms.field("walk-correct-seconds", model.correctSecondsProperty());
        seconds.setPrefColumnCount(5);
        form.addRow(0, caption("ui.walk.correctSeconds"), seconds, caption("ui.walk.correctAuthor"),
                Forms.field("walk-correct-author", model.correctAuthorProperty()));
        form.addRow(1, caption("ui.walk.correctReason"), Forms.field("walk-correct-reason", model.correctReasonProperty()));
        Button correct = new Button(text.text("ui.walk.correct"));
        correct.setId("walk-correct");
        correct.setOnAction(e -> model.correct());
        Label chosen = new Label();
        chosen.setId("walk-correct-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.chosenProperty().map(w -> text.format("ui.walk.correcting", model.line(w)))
                .orElse(text.text("ui.walk.correctChooseFirst")));
        Label problem = new Label();
        problem.setId("walk-correct-error");
        problem.getStyleClass().add("message");
        problem.setWrapText(true);
        problem.textProperty().bind(model.correctErrorProperty());
        return new VBox(6, caption("ui.walk.correctTitle"), chosen, form, new HBox(16, correct, problem));
    }

    private Label caption(String key) {
        return Forms.caption(text.text(key));
    }

    /** The results over time, and the chosen cut-off as a flat line across them, named with its source. */
    private void redraw() {
        XYChart.Series<Number, Number> results = new XYChart.Series<>();
        results.setName(text.text("ui.walk.series"));
        model.results().forEach(r -> results.getData().add(new XYChart.Data<>(r.takenOn().toEpochDay(), r.time().toMillis() / 1000.0)));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        Cutoff c = model.cutoffProperty().get();
        line.setName(text.format("ui.walk.cutoffSeries", model.describe(c)));
        if (!model.results().isEmpty()) {
            long first = model.results().get(0).takenOn().toEpochDay();
            long last = Math.max(first + 1, model.results().get(model.results().size() - 1).takenOn().toEpochDay());
            line.getData().add(new XYChart.Data<>(first, c.time().toMillis() / 1000.0));
            line.getData().add(new XYChart.Data<>(last, c.time().toMillis() / 1000.0));
        }
        chart.getData().setAll(List.of(results, line));
        chart.setTitle(line.getName());
        latest.setText(model.latest());
    }

    private final class CutoffCell extends ListCell<Cutoff> {
        @Override
        protected void updateItem(Cutoff item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.describe(item));
        }
    }



}
