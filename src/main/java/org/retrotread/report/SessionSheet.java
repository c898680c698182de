package org.retrotread.report;

import java.util.List;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.ChartScale;
import org.retrotread.session.summary.SpeedTrace;
import org.retrotread.session.units.SpeedUnit;

/**
 * Everything a one-page session sheet shows, already in the reader's language and units, so the
 * PDF, the printout and the tests all read the same words. Built by {@link SessionSheets}.
 *
 * @param header     who, when, by whom, which plan: label and value pairs
 * @param blocks     planned against actual, a row per block
 * @param figures    times, distance and speeds
 * @param checkIns   effort and pain, a row per check-in
 * @param energy     the estimate with the word "estimate" and its source, or why there is none
 * @param chart      the speed (or effort) over active time, drawn as vector lines
 * @param footer     the session's number and when the sheet was made
 */
public record SessionSheet(String title, String clinic, List<Fact> header, Table blocks, List<Fact> figures, Table checkIns,
                           List<String> notes, List<String> amendments, String energy, Chart chart, String signature,
                           String footer, Headings headings) {

    /** A label and its value. */
    public record Fact(String label, String value) {
    }

    /** Column headings and rows of cells. */
    public record Table(List<String> columns, List<List<String>> rows) {
    }

    /**
     * What the chart draws and the words around it.
     *
     * @param gradeLabel the grade line's scale ("grade 0 to 10 %"), empty when the session was walked level (no line)
     * @param gradeScale the grade scale's bottom and top
     */
    public record Chart(SpeedTrace trace, TreadmillMode mode, SpeedUnit unit, double topOfScale, String scaleLabel,
                        String lengthLabel, String legend, String gradeLabel, ChartScale.GradeScale gradeScale) {
    }

    /** Section headings. */
    public record Headings(String blocks, String figures, String checkIns, String notes, String amendments, String energy,
                           String chart, String none) {
    }
}
