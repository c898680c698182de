package org.retrotread.ui.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.retrotread.i18n.Messages;
import org.retrotread.report.ProgressData;

/**
 * The progress page's grade and heart-rate charts: the steepest grade walked and the highest heart rate taken, per
 * session. Shown only for a client with sessions at a grade or with a heart rate taken: a level programme's page
 * stays as it was.
 */
final class GradeHeartCharts {

    private static final String GRADE_COLOUR = "#2a9d8f";
    private static final String HEART_COLOUR = "#d62828";

    private final LineChart<Number, Number> grade;
    private final LineChart<Number, Number> heart;
    private final HBox row;

    /** @param days a new time axis, its ticks as the page's short dates */
    GradeHeartCharts(Messages text, Supplier<NumberAxis> days) {
        NumberAxis gradeAxis = new NumberAxis();
        gradeAxis.setLabel("%");
        grade = new LineChart<>(days.get(), gradeAxis);
        grade.setId("progress-grade");
        grade.setTitle(text.text("report.progress.gradeChart"));
        NumberAxis heartAxis = new NumberAxis();
        heartAxis.setLabel(text.format("unit.heartRate", "").strip());
        heartAxis.setForceZeroInRange(false);
        heart = new LineChart<>(days.get(), heartAxis);
        heart.setId("progress-heart-rate");
        heart.setTitle(text.text("report.progress.heartRateChart"));
        for (LineChart<Number, Number> chart : List.of(grade, heart)) {
            chart.setLegendVisible(false);
            chart.setAnimated(false);
            chart.setMinHeight(240);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        row = new HBox(16, grade, heart);
        row.managedProperty().bind(row.visibleProperty());
    }

    Node node() {
        return row;
    }

    void redraw(ProgressData data) {
        List<double[]> steepest = new ArrayList<>();
        List<double[]> highest = new ArrayList<>();
        for (ProgressData.Point p : data.sessions()) {
            long day = p.day().toEpochDay();
            p.steepestGrade().ifPresent(g -> steepest.add(new double[] {day, g.percent()}));
            p.highestHeartRate().ifPresent(h -> highest.add(new double[] {day, h.beatsPerMinute()}));
        }
        row.setVisible(!steepest.isEmpty() || !highest.isEmpty());
        grade.setVisible(!steepest.isEmpty());
        grade.setManaged(!steepest.isEmpty());
        heart.setVisible(!highest.isEmpty());
        heart.setManaged(!highest.isEmpty());
        SessionLines.draw(grade, List.of(steepest), List.of(GRADE_COLOUR));
        SessionLines.draw(heart, List.of(highest), List.of(HEART_COLOUR));
    }
}
