package org.retrotread.report.pdf;

import org.retrotread.report.AuditReport;
import org.retrotread.report.PaperSize;

/** A client's audit trail as a PDF: whose, whether it checks out, then every row, over as many pages as it takes. */
public final class AuditTrailPdf {

    private static final float[] COLUMNS = {0.17f, 0.13f, 0.28f, 0.18f, 0.24f};

    private AuditTrailPdf() {
    }

    public static byte[] write(AuditReport report, PaperSize paper, String pageOf) {
        try (PdfPages p = new PdfPages(paper, report.footer(), pageOf)) {
            p.line(report.title(), PdfPages.MARGIN, p.bold, 16);
            if (!report.clinic().isBlank()) {
                p.line(report.clinic(), PdfPages.MARGIN + p.width() - p.textWidth(report.clinic(), p.regular, 10), p.regular, 10);
            }
            p.y -= 26;
            SessionSheetPdf.facts(p, report.header());
            p.y -= 10;
            if (report.rows().rows().isEmpty()) {
                p.paragraph(report.none(), PdfPages.MARGIN, p.width(), p.regular, 9);
            } else {
                PdfTable.draw(p, report.rows(), COLUMNS);
            }
            return p.finish();
        }
    }
}
