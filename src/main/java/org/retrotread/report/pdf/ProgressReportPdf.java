package org.retrotread.report.pdf;

import java.util.List;
import org.retrotread.report.PaperSize;
import org.retrotread.report.ProgressReport;
import org.retrotread.report.SessionSheet;

/** A client's progress report as a PDF: figures, charts two to a row, then the sessions and the walk tests. */
public final class ProgressReportPdf {

    private static final float[] SESSION_COLUMNS = {0.13f, 0.2f, 0.08f, 0.12f, 0.13f, 0.12f, 0.09f, 0.13f};
    private static final float[] WALK_COLUMNS = {0.16f, 0.12f, 0.14f, 0.3f, 0.28f};
    private static final float CHART_HEIGHT = 135;

    private ProgressReportPdf() {
    }

    public static byte[] write(ProgressReport report, PaperSize paper, String pageOf) {
        try (PdfPages p = new PdfPages(paper, report.footer(), pageOf)) {
            p.line(report.title(), PdfPages.MARGIN, p.bold, 16);
            if (!report.clinic().isBlank()) {
                p.line(report.clinic(), PdfPages.MARGIN + p.width() - p.textWidth(report.clinic(), p.regular, 10), p.regular, 10);
            }
            p.y -= 26;
            facts(p, report.header());
            p.y -= 6;
            facts(p, report.figures());
            float half = (p.width() - 16) / 2;
            List<ProgressReport.Plot> plots = report.plots();
            for (int i = 0; i < plots.size(); i += 2) {
                p.y -= 8;
                p.room(CHART_HEIGHT);
                float top = p.y;
                PdfPlot.draw(p, plots.get(i), PdfPages.MARGIN, half, CHART_HEIGHT);
                if (i + 1 < plots.size()) {
                    p.y = top;
                    PdfPlot.draw(p, plots.get(i + 1), PdfPages.MARGIN + half + 16, half, CHART_HEIGHT);
                }
            }
            table(p, report.sessionsHeading(), report.sessions(), SESSION_COLUMNS, report.none());
            table(p, report.walkHeading(), report.walkTests(), WALK_COLUMNS, report.none());
            return p.finish();
        }
    }

    private static void table(PdfPages p, String heading, SessionSheet.Table table, float[] columns, String none) {
        p.y -= 10;
        p.room(40);
        p.line(heading, PdfPages.MARGIN, p.bold, 11);
        p.y -= 16;
        if (table.rows().isEmpty()) {
            p.paragraph(none, PdfPages.MARGIN, p.width(), p.regular, 9);
        } else {
            PdfTable.draw(p, table, columns);
        }
    }

    private static void facts(PdfPages p, List<SessionSheet.Fact> facts) {
        SessionSheetPdf.facts(p, facts);
    }
}
