package org.retrotread.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.retrotread.report.PaperSize;
import org.retrotread.report.SessionSheet;
import org.retrotread.report.SessionSheets;
import org.retrotread.report.SheetInput;
import org.retrotread.report.pdf.SessionSheetPdf;

/**
 * Time to make a session sheet PDF, warm: from the session's events (summary, trace, table) to the
 * finished file's bytes, as the app does when D is pressed. Run: bash bench/sheet-bench.sh.
 */
public final class SheetBenchmark {

    private SheetBenchmark() {
    }

    public static void main(String[] args) {
        measure("knee programme, 10 min, 1 page", BenchSessions.knee());
        measure("40 blocks + 3,000-character note, 3 pages", BenchSessions.long40());
    }

    private static void measure(String what, SheetInput in) {
        SessionSheets sheets = new SessionSheets(BenchSessions.ENGLISH, ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            make(sheets, in); // warm-up: class loading, JIT, font parsing caches
        }
        int runs = 60;
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = make(sheets, in).length;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("session sheet PDF, %s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs, %,d bytes)%n", what,
                ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1], runs, bytes);
    }

    private static byte[] make(SessionSheets sheets, SheetInput in) {
        SessionSheet sheet = sheets.of(in, "Riverside Physiotherapy", Instant.parse("2026-11-25T10:00:00Z"));
        return SessionSheetPdf.write(sheet, PaperSize.A4, "page {0} of {1}");
    }
}
