package org.retrotread.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import org.retrotread.ui.common.AfterFrame;

/**
 * For the start-up benchmark and the installer check: with {@code --startup-probe}, the app prints
 * the moment the start screen's first frame is drawn (with its data loaded), the moments it passed on
 * the way (so the benchmark can say where the time went) and its memory then, and exits with status 0.
 * Nothing else changes: the same code path a person's start takes.
 */
final class StartupProbe {

    static final String FLAG = "--startup-probe";

    /** The moments passed so far, in order; noted on the main, database and JavaFX threads. */
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();
    private static volatile boolean on;

    private StartupProbe() {
    }

    /** Called first thing in main: the probe notes moments only when the app was started with it. */
    static void startIf(List<String> args) {
        synchronized (MARKS) {
            MARKS.clear();
        }
        on = args.contains(FLAG);
        mark("main");
    }

    /** Notes that start-up has reached {@code moment} (the wall clock, as the benchmark's own). */
    static void mark(String moment) {
        if (on) {
            synchronized (MARKS) {
                MARKS.put(moment, System.currentTimeMillis());
            }
        }
    }

    /** After the next pulse has laid out and drawn {@code scene}: print, then {@code then}. */
    static void afterNextFrame(Scene scene, Runnable then) {
        AfterFrame.run(scene, () -> {
            long frame = System.currentTimeMillis();
            synchronized (MARKS) {
                MARKS.forEach((moment, at) -> System.out.println("retrotread.mark." + moment + ".epochMillis=" + at));
            }
            System.out.println("retrotread.firstFrame.epochMillis=" + frame);
            System.out.println("retrotread.firstFrame.rssKiB=" + residentKiB());
            then.run();
        });
    }

    /** The process's resident set size from /proc (Linux), or -1 where there is none. */
    static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
