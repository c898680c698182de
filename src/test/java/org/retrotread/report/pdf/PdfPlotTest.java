package org.retrotread.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrotread.report.ProgressReport;

/** A chart a clinician reads: a gap in the sessions is a gap, not a straight line across it. */
class PdfPlotTest {

    @Test
    void sessionsAFortnightApartAreNotJoinedButWalkTestsAre() {
        ProgressReport.Series pain = new ProgressReport.Series("Pain before", false, List.of(), 1);
        assertThat(PdfPlot.joins(pain, 100, 102)).isTrue();
        assertThat(PdfPlot.joins(pain, 100, 114)).isFalse();                 // two weeks without a session
        ProgressReport.Series walk = new ProgressReport.Series("Walk test", false, List.of(), 0, false);
        assertThat(PdfPlot.joins(walk, 100, 130)).isTrue();                   // tests are weeks apart on purpose
    }
}
