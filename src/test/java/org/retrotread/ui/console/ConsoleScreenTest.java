package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.app.Answer;
import org.retrotread.session.Command;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.text.Message;
import org.retrotread.ui.ScreenChecks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the operator sees: the stop in red from the first frame, wrong scores marked, the summary whole, nothing cut. */
@ExtendWith(ApplicationExtension.class)
class ConsoleScreenTest {

    private ConsoleHarness console = new ConsoleHarness(Locale.ENGLISH);

    /**
     * Nothing to put on the primary stage (the console gets a stage of its own), but the method must be here:
     * with it, the extension sets the primary stage up as the tests that follow expect (without it, their
     * first typed key was lost).
     */
    @Start
    void start(Stage primary) {
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(console::close);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    @Test
    void aSessionResumedWhileStoppedShowsTheStopInRedFromItsFirstFrame(FxRobot robot) {
        SessionEngine before = new SessionEngine(console.knee(), SessionContext.anonymous(), console.clock,
                Clock.systemUTC());
        before.handle(new Command.Start());
        console.clock.advanceSeconds(20);
        before.handle(new Command.EmergencyStop());
        console.open(robot, console.knee(), before.events(), 1280, 800);
        Node status = robot.lookup("#status").query();
        assertThat(label(robot, "status")).isEqualTo("STOPPED");
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("stopped"));
        assertThat(((Region) status).getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#c1121f"));
        assertThat(robot.lookup("#prompt").query().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("stopped"));
    }

    @Test
    void aWrongScoreKeepsTheCheckInOpenWithTheFieldMarkedAndTheOtherScoreKept(FxRobot robot) {
        console.open(robot, 1280, 800);
        robot.interact(() -> console.model.start());
        robot.type(KeyCode.C).write("abc").type(KeyCode.TAB).write("3").type(KeyCode.ENTER);
        assertThat(Answer.open(robot)).isTrue();
        assertThat(label(robot, "overlay-problem")).isEqualTo("\u201cabc\u201d is not a score: type a whole number from 0 to 10.");
        TextField effort = robot.lookup("#overlay-field-0").queryAs(TextField.class);
        assertThat(effort.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("wrong"));
        assertThat(effort.isFocused()).isTrue();
        assertThat(robot.lookup("#overlay-field-1").queryAs(TextField.class).getText()).isEqualTo("3");
        assertThat(console.engine.events()).noneMatch(e -> e instanceof CheckInRecorded);
        robot.write("4").type(KeyCode.ENTER);                       // the wrong score was selected: typing replaces it
        assertThat(Answer.open(robot)).isFalse();
        assertThat(console.engine.events()).filteredOn(CheckInRecorded.class::isInstance)
                .singleElement().satisfies(e -> {
                    var checkIn = (CheckInRecorded) e;
                    assertThat(checkIn.rpe()).hasValue(4);
                    assertThat(checkIn.pain()).hasValue(3);
                });
    }

    @Test
    void theSummaryScreenListsNotesAndEmergencyStopsAsTheSheetDoes(FxRobot robot) {
        console.open(robot, 1280, 800);
        robot.interact(() -> {
            console.model.start();
            console.clock.advanceSeconds(30);
            console.model.addNote("left knee sore on the ramp");
            console.model.about().operatorProperty().set("Ana Lima");
            console.model.emergencyStop();
            console.model.pauseOrResume();
            console.clock.advanceSeconds(30);
            console.model.end("walker tired");
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> values = robot.lookup(".summary-value").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertThat(values).contains("1").anyMatch(v -> v.contains("left knee sore on the ramp"));
        assertThat(robot.lookup(".caption").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Client", "Date and time", "Operator", "Emergency stops", "Notes");
        assertThat(values).contains("Ana Lima", "no client named");
    }

    static Stream<Arguments> screens() {
        List<Arguments> all = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (int[] size : new int[][] {{1280, 800}, {1366, 768}, {1920, 1080}}) {
                all.add(Arguments.of(locale, size[0], size[1]));
            }
        }
        return all.stream();
    }

    /**
     * Every label on the console whole at each screen size, in the state with the most to say (a prompt,
     * a typed speed and its error together), stopped, and on the summary; the STOP area and the prompt in view.
     */
    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("screens")
    void nothingIsCutAtAnyScreenSize(Locale locale, int width, int height, FxRobot robot) {
        console = new ConsoleHarness(locale);
        console.open(robot, width, height);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            console.model.about().clientNameProperty().set("Zoë Ørjan-Hauptmann");
            console.model.about().precautionsProperty().set("No running before week 12; stop at once if the left knee swells or gives way");
            console.model.about().progressionNoteProperty().set(console.text.format(
                    Message.of("progression.capped", 5, 50, "4.5 km/h")));
            console.model.start();
        });
        robot.interact(() -> "9".chars().forEach(c -> console.model.type((char) c)));
        robot.interact(() -> console.model.enter());
        assertThat(console.model.messageProperty().get()).isNotEmpty();
        assertThat(console.model.readouts().promptProperty().get()).isNotEmpty();
        whole(robot, "busy", problems, "client-name", "precautions", "progression-note", "mode", "prompt", "entry", "message", "emergency-stop", "status", "keys");
        String settled = console.root().getStyle();                 // the text size settles: it never flips between two
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.root().getStyle()).isEqualTo(settled);
        robot.interact(() -> console.model.emergencyStop());
        whole(robot, "stopped", problems, "prompt", "emergency-stop", "status", "keys");
        robot.interact(() -> {
            console.model.pauseOrResume();
            console.model.end("walker tired");
        });
        whole(robot, "summary", problems, "summary-back", "keys");
        assertThat(problems).isEmpty();
    }

    /** Records every label cut short or outside the window, and every named node not wholly in view. */
    private void whole(FxRobot robot, String state, List<String> problems, String... mustShow) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Parent root = console.view.node().getScene().getRoot();
            root.applyCss();
            root.layout();
            Bounds window = root.getLayoutBounds();
            if (Boolean.getBoolean("retrotread.shots")) {
                snapshot(root, state);
            }
            problems.addAll(ScreenChecks.problems(root, state));
            for (String id : mustShow) {
                Node node = root.lookup("#" + id);
                if (node == null || !showing(node)) {
                    problems.add(state + ": #" + id + " not shown");
                } else if (!window.contains(node.localToScene(node.getLayoutBounds()))) {
                    problems.add(state + ": #" + id + " outside the window " + node.localToScene(node.getLayoutBounds()));
                }
            }
        });
    }

    private void snapshot(Parent root, String state) {
        WritableImage image = root.getScene().snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Path dir = Path.of("target", "console-shots");
            Files.createDirectories(dir);
            ImageIO.write(out, "png", dir.resolve(state + "-" + console.text.locale() + "-" + w + "x" + h + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

}
