package org.retrotread.bench;

import java.util.Arrays;
import org.retrotread.report.SheetFixturesAccess;
import org.retrotread.report.SheetInput;
import org.retrotread.report.fit.SessionFit;
import org.retrotread.report.tcx.SessionTcx;

/**
 * Time to export a two-hour session (24 blocks, a record each second: 7,200 records) as FIT and as TCX, warm: from
 * the session's events to the file's bytes, as the app does when F or R is pressed. Run: bash bench/fit-bench.sh.
 */
public final class FitBenchmark {

    private FitBenchmark() {
    }

    public static void main(String[] args) {
        SheetInput twoHours = SheetFixturesAccess.twoHours();
        measure("FIT", twoHours, () -> SessionFit.write(twoHours, "0.1.0", i -> "block " + (i + 1)));
        measure("TCX", twoHours, () -> SessionTcx.write(twoHours, "0.1.0"));
    }

    private interface Export {
        byte[] make();
    }

    private static void measure(String what, SheetInput in, Export export) {
        for (int i = 0; i < 20; i++) {
            export.make(); // warm-up: class loading, JIT
        }
        int runs = 40;
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = export.make().length;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s export, two hours (%s active): median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs, %,d bytes)%n",
                what, in.summary().activeTime(), ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1], runs, bytes);
    }
}
