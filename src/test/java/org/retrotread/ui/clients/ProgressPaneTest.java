package org.retrotread.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A gap in the sessions is a gap on the screen's charts too: a line is cut where sessions are far apart. */
class ProgressPaneTest {

    @Test
    void pointsMoreThanTenDaysApartStartANewStretchOfLine() {
        List<double[]> points = List.of(new double[] {100, 3}, new double[] {103, 2}, new double[] {110, 2},
                new double[] {124, 1}, new double[] {126, 1});
        assertThat(SessionLines.stretches(points)).extracting(List::size).containsExactly(3, 2);
        assertThat(SessionLines.stretches(List.of())).isEmpty();
    }
}
