package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.report.PaperSize;
import org.retrotread.session.Command;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.EventJournal;
import org.retrotread.store.Store;
import org.retrotread.work.Background;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Print asked for on a computer with no printer: the person is told so and the PDF is offered at once. The printer
 * is looked up away from the screen's thread.
 */
class NoPrinterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withNoPrinterTheSheetIsOfferedAsAPdf() throws Exception {
        Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        StarterPlans.Starter knee = StarterPlans.all(text::text).get(3);
        Path pdf = dir.resolve("sheet.pdf");
        List<Boolean> askedOnScreenThread = new CopyOnWriteArrayList<>();
        try (Store store = Store.open(dir.resolve("retrotread.db")); Background background = new Background()) {
            try (EventJournal journal = store.startJournal()) {
                SavedSessions.finished(journal, 1, Optional.empty(), Optional.of(knee.id()), Optional.empty(), knee.plan(),
                        Clock.systemUTC().instant(), (engine, clock) -> {
                            engine.handle(new Command.Start());
                            clock.advanceSeconds(30);
                            engine.handle(new Command.End("short"));
                        });
            }
            ScriptedFiles files = new ScriptedFiles().answer(pdf);
            SessionReports reports = new SessionReports(store, Optional.empty(), background, files,
                    Clock.systemUTC(), () -> new SessionReports.Look(text, "", PaperSize.A4), () -> {
                        askedOnScreenThread.add(Platform.isFxApplicationThread());
                        return Optional.empty();
                    });
            List<String> notices = new CopyOnWriteArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> reports.of(1).print(new Pane(), notices::add)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(pdf) && notices.size() == 2);
            assertThat(notices).containsExactly(
                    "No printer is installed on this computer. Save the sheet as a PDF instead, and print it from another one.",
                    "Saved to " + pdf + ".");
            assertThat(files.titles).containsExactly("No printer: save the sheet as a PDF");
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
            assertThat(askedOnScreenThread).containsExactly(false); // asking CUPS can hang: not on the screen's thread
        }
    }
}
