package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up probe the benchmark reads: the moments of a start, in order, then the first frame. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("probe")), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void printsEachMomentInOrderBeforeTheFirstFrame(FxRobot robot) throws Exception {
        List<String> lines = probe(List.of("--db", "x.db", StartupProbe.FLAG));
        List<String> names = lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList();
        assertThat(names).containsExactly("retrotread.mark.main.epochMillis", "retrotread.mark.toolkit.epochMillis",
                "retrotread.mark.shown.epochMillis", "retrotread.firstFrame.epochMillis", "retrotread.firstFrame.rssKiB");
        List<Long> times = lines.subList(0, 4).stream().map(l -> Long.parseLong(l.substring(l.indexOf('=') + 1))).toList();
        assertThat(times).isSorted();
    }

    @Test
    void withoutTheFlagNoMomentIsNoted(FxRobot robot) throws Exception {
        List<String> lines = probe(List.of("--db", "x.db"));
        assertThat(lines).noneMatch(l -> l.startsWith("retrotread.mark."));
        assertThat(lines).anyMatch(l -> l.startsWith("retrotread.firstFrame.epochMillis="));
    }

    /** A start with {@code args}: its moments noted as the app notes them, and what the probe printed. */
    private List<String> probe(List<String> args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch framed = new CountDownLatch(1);
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            StartupProbe.startIf(args);
            StartupProbe.mark("toolkit");
            Thread.sleep(2);
            StartupProbe.mark("shown");
            Platform.runLater(() -> StartupProbe.afterNextFrame(scene, framed::countDown));
            assertThat(framed.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            System.setOut(out);
            StartupProbe.startIf(List.of()); // the next test starts with the probe off
        }
        return Arrays.stream(printed.toString(StandardCharsets.UTF_8).split("\\R")).filter(l -> !l.isBlank()).toList();
    }
}
