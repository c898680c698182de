package org.retrotread.ui.clients;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.retrotread.report.ProgressData;

/** One figure per session across the days, as lines in its own colour, broken where the sessions are far apart. */
final class SessionLines {

    private SessionLines() {
    }

    /**
     * Each measure as stretches of line in its own colour: sessions more than {@link ProgressData#LONGEST_JOINED_DAYS}
     * apart are not joined, so a gap in the sessions shows as a gap, not a straight line across it.
     */
    static void draw(LineChart<Number, Number> chart, List<List<double[]>> measures,
                      List<String> colours) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            for (List<double[]> stretch : stretches(measures.get(m))) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                stretch.forEach(p -> s.getData().add(new XYChart.Data<>(p[0], p[1])));
                all.add(s);
                styles.add(colours.get(m));
            }
        }
        chart.getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            String colour = styles.get(i);
            if (all.get(i).getNode() != null) {
                all.get(i).getNode().setStyle("-fx-stroke: " + colour + ";");
            }
            all.get(i).getData().forEach(d -> {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: " + colour + ", " + colour + ";");
                }
            });
        }
    }

    /** Points (day, value) in order, cut where two neighbours are more than the longest joined gap apart. */
    static List<List<double[]>> stretches(List<double[]> points) {
        List<List<double[]>> stretches = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (double[] p : points) {
            if (!current.isEmpty() && p[0] - current.get(current.size() - 1)[0] > ProgressData.LONGEST_JOINED_DAYS) {
                stretches.add(current);
                current = new ArrayList<>();
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            stretches.add(current);
        }
        return stretches;
    }
}
