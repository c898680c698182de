package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
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
    private final Label adherenceLine = new Label();
    private final LineChart<Number, Number> trends;
    /** Speed on its own axis, in the display unit: it never shares one with the 0-10 scores. */
    private final GradeHeartCharts gradeAndHeart;
    private final LineChart<Number, Number> speeds;

    private final ClientsViewModel model;
    private final ClientsView.Papers papers;
    private final Label correctedLine = new Label();
    private final DateInput input;
    private final TextField from = new TextField();
    private final TextField to = new TextField();

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
        adherenceLine.setMinHeight(Region.USE_PREF_SIZE);
        trends = new LineChart<>(daysAxis(), new NumberAxis(0, 10, 1));
        trends.setId("progress-trends");
        trends.setTitle(text.text("ui.progress.scoresTitle"));
        trends.setAnimated(false);
        trends.setLegendVisible(false); // drawn under it: see legend()
        NumberAxis speedAxis = new NumberAxis();
        speedAxis.setLabel(text.unit().symbol());
        speeds = new LineChart<>(daysAxis(), speedAxis);
        speeds.setId("progress-speed");
        speeds.setTitle(text.format("ui.progress.handsFreeSpeed", text.unit().symbol()));
        speeds.setLegendVisible(false);
        speeds.setAnimated(false);
        for (var chart : List.of(minutes, adherence, trends, speeds)) {
            chart.setMinHeight(240);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        gradeAndHeart = new GradeHeartCharts(text, this::daysAxis);
        correctedLine.setId("progress-corrected");
        correctedLine.setWrapText(true);
        correctedLine.setMinHeight(Region.USE_PREF_SIZE);
        history.addListener((ListChangeListener<HistoryRow>) c -> redraw(history));
        redraw(history);
    }

    Node node() {
        VBox speedBox = new VBox(4, speeds,
                legend("progress-speed-legend", List.of(text.format("ui.progress.handsFreeSpeed", text.unit().symbol())),
                        List.of(COLOURS[0])));
        VBox scoresBox = new VBox(4, trends, legend("progress-trends-legend",
                List.of(text.text("ui.progress.painBefore"), text.text("ui.progress.painAfter"), text.text("ui.progress.rpe")),
                List.of(COLOURS[1], COLOURS[2], COLOURS[3])));
        HBox.setHgrow(speedBox, Priority.ALWAYS);
        HBox.setHgrow(scoresBox, Priority.ALWAYS);
        VBox charts = new VBox(8, reportRow(), new HBox(16, minutes, adherence), adherenceLine,
                new HBox(16, speedBox, scoresBox), gradeAndHeart.node(), correctedLine);
        charts.setStyle("-fx-padding: 12 0 0 0;");
        return charts;
    }

    /** The period a progress report covers (six weeks to today unless changed), and the report as PDF or on paper. */
    private Node reportRow() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        from.setId("report-from");
        from.setText(input.show(today.minusWeeks(6)));
        to.setId("report-to");
        to.setText(input.show(today));
        for (TextField f : List.of(from, to)) {
            f.setPrefColumnCount(9);
        }
        Button pdf = periodButton("report-pdf", "ui.progress.reportPdf", papers.report());
        Button print = periodButton("report-print", "ui.progress.reportPrint", papers.printReport());
        Button fit = periodButton("report-fit-zip", "ui.progress.fitZip", papers.fitZip());
        Button tcx = periodButton("report-tcx-zip", "ui.progress.tcxZip", papers.tcxZip());
        for (Button b : List.of(pdf, print, fit, tcx)) {
            b.disableProperty().bind(model.editingProperty().isNull());
        }
        Label caption = new Label(text.text("ui.progress.period"));
        caption.getStyleClass().add("caption");
        HBox period = new HBox(8, caption, from, new Label(text.text("ui.progress.to")), to);
        period.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(8, 8, period, pdf, print, fit, tcx); // wraps on a narrow window
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A button that makes something of the client over the period typed (the report, the sessions as files). */
    private Button periodButton(String id, String key, ClientsView.ProgressReport make) {
        Button button = new Button(text.text(key));
        button.setId(id);
        button.setOnAction(e -> report(make));
        return button;
    }

    private void report(ClientsView.ProgressReport make) {
        // A report may run to a day ahead (the week's end): its dates are checked as dates, not as a birth date.
        DateInput.Result first = input.read(from.getText(), LocalDate.MAX);
        DateInput.Result last = input.read(to.getText(), LocalDate.MAX);
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
        // The charts draw corrected figures: said under them, as the list marks each one.
        correctedLine.setText(history.stream().anyMatch(r -> !r.corrected().isEmpty()) ? text.text("ui.progress.corrected") : "");
        ProgressData data = ProgressData.of(history, ZoneId.systemDefault());
        XYChart.Series<String, Number> weeks = new XYChart.Series<>();
        data.weeks().forEach(w -> weeks.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.activeMinutes())));
        minutes.getData().setAll(List.of(weeks));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(text.text("ui.progress.sessionsDone"));
        XYChart.Series<String, Number> intended = new XYChart.Series<>();
        intended.setName(text.text("ui.progress.sessionsIntended"));
        for (ProgressData.Week w : data.weeks()) {
            done.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.sessions()));
            intended.getData().add(new XYChart.Data<>(dates.showShortDate(w.monday()), w.intended()));
        }
        adherence.getData().setAll(List.of(done, intended));
        ProgressData.Adherence a = data.adherence();
        adherenceLine.setText(a.intended() == 0 ? "" : text.format("ui.progress.adherence", a.done(), a.intended(), a.percent(),
                data.weeks().size()));
        List<double[]> speed = new ArrayList<>();
        List<double[]> before = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        List<double[]> rpe = new ArrayList<>();
        for (ProgressData.Point p : data.sessions()) {
            long day = p.day().toEpochDay();
            p.handsFreeSpeed().ifPresent(s -> speed.add(new double[] {day, s.in(text.unit())}));
            p.painBefore().ifPresent(v -> before.add(new double[] {day, v}));
            p.painAfter().ifPresent(v -> after.add(new double[] {day, v}));
            p.rpe().ifPresent(v -> rpe.add(new double[] {day, v}));
        }
        SessionLines.draw(speeds, List.of(speed), List.of(COLOURS[0]));
        SessionLines.draw(trends, List.of(before, after, rpe), List.of(COLOURS[1], COLOURS[2], COLOURS[3]));
        gradeAndHeart.redraw(data);
    }

    /** One colour per measure, as on the progress report. */
    private static final String[] COLOURS = {"#f77f00", "#3b87ff", "#33a14d", "#7a7a7a"};

    /** The names of a chart's measures with their colours, under it: the chart's own legend would repeat a name per stretch. */
    private static Node legend(String id, List<String> names, List<String> colours) {
        FlowPane legend = new FlowPane(16, 4); // wraps, never cuts a name
        legend.setId(id);
        for (int i = 0; i < names.size(); i++) {
            Rectangle swatch = new Rectangle(12, 12, Color.web(colours.get(i)));
            Label name = new Label(names.get(i), swatch);
            name.getStyleClass().add("chart-legend-item");
            name.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(name);
        }
        legend.setAlignment(Pos.CENTER);
        legend.setPrefWrapLength(200);
        return legend;
    }

    /** Days along the bottom, shown as short dates. */
    private NumberAxis daysAxis() {
        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return dates.showShortDate(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return days;
    }

}
