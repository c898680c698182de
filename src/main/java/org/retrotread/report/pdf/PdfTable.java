package org.retrotread.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.report.SessionSheet;

/** A table that wraps its cells and continues on the next page, repeating its column headings there. */
final class PdfTable {

    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 3;

    private PdfTable() {
    }

    /** @param fractions each column's share of the width (they add up to 1) */
    static void draw(PdfPages p, SessionSheet.Table table, float[] fractions) {
        float[] widths = widths(p, table.columns(), fractions);
        row(p, table.columns(), widths, true);
        for (List<String> cells : table.rows()) {
            float height = height(p, cells, widths, false);
            if (p.y - height < PdfPages.MARGIN + PdfPages.FOOTER_ROOM) {
                p.newPage();
                row(p, table.columns(), widths, true);
            }
            row(p, cells, widths, false);
        }
    }

    /**
     * Each column's share of the width, widened where needed so that no word of its heading is broken in two
     * (German headings are long: "Absolviert" must not print as "Absolvi / ert"); the room comes from the
     * columns that have some to spare.
     */
    static float[] widths(PdfPages p, List<String> headings, float[] fractions) {
        int n = fractions.length;
        float[] widths = new float[n];
        float[] least = new float[n];
        float need = 0;
        float spare = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = p.width() * fractions[i];
            for (String word : headings.get(i).split("\\s+")) {
                least[i] = Math.max(least[i], p.textWidth(word, p.bold, SIZE) + 2 * PAD + 1);
            }
            need += Math.max(0, least[i] - widths[i]);
            spare += Math.max(0, widths[i] - least[i]);
        }
        if (need > 0 && spare > 0) {
            float share = Math.min(1, need / spare);
            for (int i = 0; i < n; i++) {
                widths[i] = widths[i] > least[i] ? widths[i] - (widths[i] - least[i]) * share : least[i];
            }
        }
        return widths;
    }

    private static float height(PdfPages p, List<String> cells, float[] widths, boolean heading) {
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            most = Math.max(most, p.wrap(cells.get(i), heading ? p.bold : p.regular, SIZE, widths[i] - 2 * PAD).size());
        }
        return most * LEADING + 2 * PAD;
    }

    private static void row(PdfPages p, List<String> cells, float[] widths, boolean heading) {
        float height = height(p, cells, widths, heading);
        p.room(height);
        float top = p.y;
        try {
            if (heading) {
                p.out.setNonStrokingColor(0.92f);
                p.out.addRect(PdfPages.MARGIN, top - height, p.width(), height);
                p.out.fill();
                p.out.setNonStrokingColor(0f);
            }
            float x = PdfPages.MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = new ArrayList<>(p.wrap(cells.get(i), heading ? p.bold : p.regular, SIZE, widths[i] - 2 * PAD));
                p.y = top - PAD;
                for (String l : lines) {
                    p.line(l, x + PAD, heading ? p.bold : p.regular, SIZE);
                    p.y -= LEADING;
                }
                x += widths[i];
            }
            p.out.setStrokingColor(0.75f);
            p.out.setLineWidth(0.5f);
            p.out.moveTo(PdfPages.MARGIN, top - height);
            p.out.lineTo(PdfPages.MARGIN + p.width(), top - height);
            p.out.stroke();
            p.out.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.y = top - height;
    }
}
