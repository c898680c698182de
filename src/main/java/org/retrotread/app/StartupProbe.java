package org.retrotread.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.retrotread.ui.common.AfterFrame;

/**
 * For the start-up benchmark and the installer check: with {@code --startup-probe}, the app prints
 * the moment the start screen's first frame is drawn (with its data loaded) and its memory then, and
 * exits with status 0. Nothing else changes: the same code path a person's start takes.
 */
final class StartupProbe {

    static final String FLAG = "--startup-probe";

    private StartupProbe() {
    }

    /** After the next pulse has laid out and drawn {@code scene}: print, then {@code then}. */
    static void afterNextFrame(Scene scene, Runnable then) {
        AfterFrame.run(scene, () -> {
            System.out.println("retrotread.firstFrame.epochMillis=" + System.currentTimeMillis());
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
