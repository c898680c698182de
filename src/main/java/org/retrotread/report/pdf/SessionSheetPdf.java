package org.retrotread.report.pdf;

import java.util.List;
import org.retrotread.report.PaperSize;
import org.retrotread.report.SessionSheet;

/**
 * A session sheet as a PDF: real, searchable text in an embedded font, the chart as vector lines,
 * and anything that does not fit flowing onto further pages.
 */
public final class SessionSheetPdf {

    private static final float[] BLOCK_COLUMNS = {0.04f, 0.15f, 0.21f, 0.09f, 0.09f, 0.19f, 0.11f, 0.12f};
    /** With the grade column (fourth) of a plan that names a grade. */
    private static final float[] GRADED_BLOCK_COLUMNS = {0.04f, 0.14f, 0.18f, 0.09f, 0.08f, 0.08f, 0.17f, 0.11f, 0.11f};
    private static final float[] CHECK_IN_COLUMNS = {0.4f, 0.3f, 0.3f};
    /** With the heart rate taken at each check-in (or on its own). */
    private static final float[] HEART_RATE_CHECK_IN_COLUMNS = {0.25f, 0.2f, 0.2f, 0.35f};

    private SessionSheetPdf() {
    }

    /** @param pageOf "page {0} of {1}" in the reader's language */
    public static byte[] write(SessionSheet sheet, PaperSize paper, String pageOf) {
        try (PdfPages p = new PdfPages(paper, sheet.footer(), pageOf)) {
            p.line(sheet.title(), PdfPages.MARGIN, p.bold, 16);
            if (!sheet.clinic().isBlank()) {
                float w = p.textWidth(sheet.clinic(), p.regular, 10);
                p.line(sheet.clinic(), PdfPages.MARGIN + p.width() - w, p.regular, 10);
            }
            p.y -= 26;
            facts(p, sheet.header());
            heading(p, sheet.headings().chart());
            PdfChart.draw(p, sheet.chart(), 85); // short enough that a usual session, signature and all, fits one page
            heading(p, sheet.headings().blocks());
            PdfTable.draw(p, sheet.blocks(), sheet.blocks().columns().size() > BLOCK_COLUMNS.length ? GRADED_BLOCK_COLUMNS : BLOCK_COLUMNS);
            heading(p, sheet.headings().figures());
            facts(p, sheet.figures());
            heading(p, sheet.headings().checkIns());
            if (sheet.checkIns().rows().isEmpty()) {
                p.paragraph(sheet.headings().none(), PdfPages.MARGIN, p.width(), p.regular, 9);
            } else {
                PdfTable.draw(p, sheet.checkIns(), sheet.checkIns().columns().size() > CHECK_IN_COLUMNS.length
                        ? HEART_RATE_CHECK_IN_COLUMNS : CHECK_IN_COLUMNS);
            }
            heading(p, sheet.headings().energy());
            p.paragraph(sheet.energy(), PdfPages.MARGIN, p.width(), p.regular, 9);
            list(p, sheet.headings().notes(), sheet.notes(), sheet.headings().none());
            // The amendments and the signature go together: a signature alone on a page signs nothing in view.
            p.room(closingHeight(p, sheet));
            list(p, sheet.headings().amendments(), sheet.amendments(), sheet.headings().none());
            p.y -= 18;
            p.paragraph(sheet.signature(), PdfPages.MARGIN, p.width(), p.regular, 10);
            return p.finish();
        }
    }

    private static void heading(PdfPages p, String text) {
        p.y -= 8;
        p.room(40); // a heading never sits alone at the foot of a page
        p.line(text, PdfPages.MARGIN, p.bold, 11);
        p.y -= 16;
    }

    /** Label and value pairs in three columns. */
    static void facts(PdfPages p, List<SessionSheet.Fact> facts) {
        int columns = 3;
        float column = p.width() / columns;
        for (int i = 0; i < facts.size(); i += columns) {
            p.room(28); // every column of a row on the same page
            float top = p.y;
            float lowest = top;
            for (int j = i; j < Math.min(i + columns, facts.size()); j++) {
                p.y = top;
                float x = PdfPages.MARGIN + (j - i) * column;
                p.line(facts.get(j).label(), x, p.regular, 7.5f);
                p.y -= 10;
                p.paragraph(facts.get(j).value(), x, column - 10, p.bold, 9.5f);
                lowest = Math.min(lowest, p.y);
            }
            p.y = lowest - 4;
        }
    }

    /** The height of the amendments section and the signature line, as {@link #list} and the paragraph write them. */
    private static float closingHeight(PdfPages p, SessionSheet sheet) {
        float lines = 0;
        for (String item : sheet.amendments().isEmpty() ? List.of(sheet.headings().none()) : sheet.amendments()) {
            lines += p.wrap("\u2022 " + item, p.regular, 9, p.width()).size() * 9 * 1.35f + 3;
        }
        float signature = p.wrap(sheet.signature(), p.regular, 10, p.width()).size() * 10 * 1.35f;
        return 8 + 16 + lines + 18 + signature; // as heading() moves down, then the items, the gap, the line
    }

    private static void list(PdfPages p, String heading, List<String> items, String none) {
        heading(p, heading);
        if (items.isEmpty()) {
            p.paragraph(none, PdfPages.MARGIN, p.width(), p.regular, 9);
        }
        for (String item : items) {
            p.paragraph("\u2022 " + item, PdfPages.MARGIN, p.width(), p.regular, 9);
            p.y -= 3;
        }
    }
}
