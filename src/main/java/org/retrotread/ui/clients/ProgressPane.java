package org.retrotread.ui.clients;

import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.retrotread.i18n.Messages;
import org.retrotread.report.ProgressData;
import org.retrotread.store.HistoryRow;

/** Progress across sessions: active minutes each week, and per session the fastest hands-free speed and pain. */
final class ProgressPane {

    private final Messages text;
    private final WalkTestViewModel dates;
    private final BarChart<String, Number> minutes;
    private final BarChart<String, Number> adherence;
    private final javafx.scene.control.Label adherenceLine = new javafx.scene.control.Label();
    private final LineChart<Number, Number> trends;
    /** Speed on its own axis, in the display unit: it never shares one with the 0-10 scores. */
    private final LineChart<Number, Number> speeds;

    private final ClientsViewModel model;
    private final ClientsView.Papers papers;
    private final DateInput input;
    private final javafx.scene.control.TextField from = new javafx.scene.control.TextField();
    private final javafx.scene.control.TextField to = new javafx.scene.control.TextField();

    ProgressPane(ClientsViewModel model, ClientsView.Papers papers) {
        this.model = model;
        this.papers = papers;
        this.text = model.text();
        this.dates = model.walkTests();
        this.input = new DateInput(text);
        ObservableList<HistoryRow> history = model.history();
        NumberAxis minutesAxis = new NumberAxis();
        minutesAxis.setLabel(text.text("ui.progress.minutesAxis"));
        minutes = new BarChart<>(new CategoryAxis(), minutesAxis);
        minutes.setId("progress-minutes");
        minutes.setTitle(text.text("ui.progress.minutesTitle"));
        minutes.setLegendVisible(false);
        minutes.setAnimated(false);
        NumberAxis sessionsAxis = new NumberAxis();
        sessionsAxis.setLabel(text.text("ui.progress.sessionsAxis"));
        sessionsAxis.setMinorTickVisible(false);
        adherence = new BarChart<>(new CategoryAxis(), sessionsAxis);
        adherence.setId("progress-adherence");
        adherence.setTitle(text.text("ui.progress.adherenceTitle"));
        adherence.setAnimated(false);
        adherenceLine.setId("progress-adherence-line");
        adherenceLine.setWrapText(true);
        adherenceLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        trends = new LineChart<>(daysAxis(), new NumberAxis(0, 10, 1));
        trends.setId("progress-trends");
        trends.setTitle(text.text("ui.progress.scoresTitle"));
        trends.setAnimated(false);
        NumberAxis speedAxis = new NumberAxis();
        speedAxis.setLabel(text.unit().symbol());
        speeds = new LineChart<>(daysAxis(), speedAxis);
        speeds.setId("progress-speed");
        speeds.setTitle(text.format("ui.progress.handsFreeSpeed", text.unit().symbol()));
        speeds.setLegendVisible(false);
        speeds.setAnimated(false);
        for (var chart : java.util.List.of(minutes, adherence, trends, speeds)) {
            chart.setMinHeight(240);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        history.addListener((ListChangeListener<HistoryRow>) c -> redraw(history));
        redraw(history);
    }

    Node node() {
        javafx.scene.layout.VBox charts = new javafx.scene.layout.VBox(8, reportRow(), new HBox(16, minutes, adherence), adherenceLine,
                new HBox(16, speeds, trends));
        charts.setStyle("-fx-padding: 12 0 0 0;");
        return charts;
    }

    /** The period a progress report covers (six weeks to today unless changed), and the report as PDF or on paper. */
    private Node reportRow() {
        java.time.LocalDate today = java.time.LocalDate.now(ZoneId.systemDefault());
        from.setId("report-from");
        from.setText(input.show(today.minusWeeks(6)));
        to.setId("report-to");
        to.setText(input.show(today));
        for (javafx.scene.control.TextField f : java.util.List.of(from, to)) {
            f.setPrefColumnCount(9);
        }
        javafx.scene.control.Button pdf = new javafx.scene.control.Button(text.text("ui.progress.reportPdf"));
        pdf.setId("report-pdf");
        pdf.setOnAction(e -> report(papers.report()));
        javafx.scene.control.Button print = new javafx.scene.control.Button(text.text("ui.progress.reportPrint"));
        print.setId("report-print");
        print.setOnAction(e -> report(papers.printReport()));
        for (javafx.scene.control.Button b : java.util.List.of(pdf, print)) {
            b.disableProperty().bind(model.editingProperty().isNull());
        }
        javafx.scene.control.Label caption = new javafx.scene.control.Label(text.text("ui.progress.period"));
        caption.getStyleClass().add("caption");
        HBox row = new HBox(8, caption, from, new javafx.scene.control.Label(text.text("ui.progress.to")), to, pdf, print);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void report(ClientsView.ProgressReport make) {
        // A report may run to a day ahead (the week's end): its dates are checked as dates, not as a birth date.
        DateInput.Result first = input.read(from.getText(), java.time.LocalDate.MAX);
        DateInput.Result last = input.read(to.getText(), java.time.LocalDate.MAX);
        if (first.date().isEmpty() || last.date().isEmpty()) {
            model.noticeProperty().set(text.format("ui.progress.periodDate",
                    first.date().isEmpty() ? from.getText().strip() : to.getText().strip(),
                    first.date().isEmpty() ? first.problem() : last.problem()));
        } else if (last.date().get().isBefore(first.date().get())) {
            model.noticeProperty().set(text.text("ui.progress.periodBackwards"));
        } else {
            make.make(model.editingProperty().get().id(), first.date().get(), last.date().get(), from, model.noticeProperty()::set);
        }
    }

    private void redraw(ObservableList<HistoryRow> history) {
        ProgressData data = ProgressData.of(history, ZoneId.systemDefault());
        XYChart.Series<String, Number> weeks = new XYChart.Series<>();
        data.weeks().forEach(w -> weeks.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.activeMinutes())));
        minutes.getData().setAll(java.util.List.of(weeks));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(text.text("ui.progress.sessionsDone"));
        XYChart.Series<String, Number> intended = new XYChart.Series<>();
        intended.setName(text.text("ui.progress.sessionsIntended"));
        for (ProgressData.Week w : data.weeks()) {
            done.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.sessions()));
            intended.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.intended()));
        }
        adherence.getData().setAll(java.util.List.of(done, intended));
        ProgressData.Adherence a = data.adherence();
        adherenceLine.setText(a.intended() == 0 ? "" : text.format("ui.progress.adherence", a.done(), a.intended(), a.percent(),
                data.weeks().size()));
        XYChart.Series<Number, Number> speed = series("ui.progress.handsFreeSpeed");
        XYChart.Series<Number, Number> before = series("ui.progress.painBefore");
        XYChart.Series<Number, Number> after = series("ui.progress.painAfter");
        XYChart.Series<Number, Number> rpe = series("ui.progress.rpe");
        for (ProgressData.Point p : data.sessions()) {
            long day = p.day().toEpochDay();
            p.handsFreeSpeed().ifPresent(s -> speed.getData().add(new XYChart.Data<>(day, s.in(text.unit()))));
            p.painBefore().ifPresent(v -> before.getData().add(new XYChart.Data<>(day, v)));
            p.painAfter().ifPresent(v -> after.getData().add(new XYChart.Data<>(day, v)));
            p.rpe().ifPresent(v -> rpe.getData().add(new XYChart.Data<>(day, v)));
        }
        speeds.getData().setAll(java.util.List.of(speed));
        trends.getData().setAll(java.util.List.of(before, after, rpe));
    }

    /** Days along the bottom, shown as short dates. */
    private NumberAxis daysAxis() {
        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return dates.showShortDate(java.time.LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return days;
    }

    private XYChart.Series<Number, Number> series(String key) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(text.format(key, text.unit().symbol()));
        return s;
    }
}
