package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.Client;
import org.retrotread.store.EventJournal;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A finished session is corrected from the client's history: the correction stands beside it, the session unchanged. */
class CorrectionsTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        StarterPlans.Starter knee = StarterPlans.all(k -> k).get(3);
        try (Store store = Store.open(database); EventJournal journal = store.startJournal()) {
            long client = store.clients().add(Client.named("Ørjan")).id();
            SavedSessions.finished(journal, 1, Optional.of(client), Optional.of(knee.id()), Optional.empty(), knee.plan(),
                    Clock.systemUTC().instant(), (engine, clock) -> {
                        engine.handle(new Command.Start());
                        clock.advanceSeconds(50);
                        engine.handle(new Command.End("done"));
                    });
        }
    }

    @Test
    void aCorrectionIsAddedBesideTheOriginal(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);                                          // Ørjan, and her history
        until(() -> !robot.lookup("#client-history .table-row-cell").queryAll().isEmpty()
                && robot.lookup("#client-history").queryTableView().getItems().size() == 1);
        robot.doubleClickOn("#client-history .table-row-cell");
        until(() -> robot.lookup("#session-detail").tryQuery().isPresent());
        List<String> before = StoredRows.eventTypes(database(), 1);

        robot.clickOn("#amend-what");                                    // what the session recorded, to choose from
        robot.clickOn("How it ended");
        until(() -> robot.lookup("#amend-from").queryAs(Label.class).getText().equals("Ended early")); // its value now, shown
        robot.clickOn("#amend-to").write("Completed");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#amend-error").queryAs(Label.class).getText()).startsWith("A correction needs");
        robot.clickOn("#amend-why").write("the walker finished the plan; ended by the wrong key");
        robot.clickOn("#amend-who").write("Ana");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#session-amendments").queryAs(VBox.class).getChildren().size() == 2);
        assertThat(((Label) robot.lookup("#session-amendments").queryAs(VBox.class).getChildren().get(1)).getText())
                .endsWith("Ana: How it ended changed from \u201cEnded early\u201d to \u201cCompleted\u201d because the walker finished"
                        + " the plan; ended by the wrong key");
        until(() -> robot.lookup("#summary .summary-value").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Completed *")));        // the figure as corrected, marked
        until(() -> robot.lookup("#client-history").queryTableView().getItems().size() == 1
                && robot.lookup("#client-history .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> "Completed *".equals(c.getText())));          // and in the history list
        assertThat(StoredRows.column(database(), "SELECT author || '|' || field_key || '|' || value FROM amendments"))
                .containsExactly("Ana|ENDING|COMPLETED");
        assertThat(StoredRows.eventTypes(database(), 1)).isEqualTo(before);
        assertThat(StoredRows.column(database(), "SELECT ending FROM sessions")).containsExactly("ENDED_EARLY"); // the record as it was

        robot.type(KeyCode.ESCAPE);                                        // closes the session, not the screen
        until(() -> robot.lookup("#session-detail").tryQuery().isEmpty());
        assertThat(robot.lookup("#clients-search").tryQuery()).isPresent();
    }

    /** The whole correction by keyboard: K to the choice, arrows to what, Tab through the fields, Ctrl+Enter to add. */
    @Test
    void aCorrectionIsMadeByKeyboardAlone(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        until(() -> robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled).queryAs(Node.class));
        until(() -> robot.lookup("#session-detail").tryQuery().isPresent());

        robot.type(KeyCode.K);                                            // to "Correct what"
        until(() -> focused(robot, "#amend-what"));
        robot.type(KeyCode.DOWN, 3);                                      // pain before, pain after, the ending
        until(() -> robot.lookup("#amend-from").queryAs(Label.class).getText().equals("Ended early"));
        robot.type(KeyCode.TAB).write("completed");                       // any case: the ending's name
        robot.type(KeyCode.TAB).write("wrong key at the end");
        robot.type(KeyCode.TAB).write("Ana");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), "SELECT field_key || '|' || value FROM amendments").equals(List.of("ENDING|COMPLETED")));
        robot.type(KeyCode.ESCAPE);
        until(() -> robot.lookup("#session-detail").tryQuery().isEmpty());
    }

    /** The record trail tab shows a profile change and a saved sheet, and the trail itself goes to a PDF (and into the trail). */
    @Test
    void theRecordTrailShowsWhatWasDoneAndGoesOnPaper(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        until(() -> robot.lookup("#client-history").queryTableView().getItems().size() == 1);
        robot.doubleClickOn("#client-max-speed").write("3.5");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), "SELECT COUNT(*) FROM audit_trail WHERE action = 'CLIENT_CHANGED'").equals(List.of("1")));
        until(() -> robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled)
                .queryAs(Node.class));                          // a session sheet saved from the history
        until(() -> robot.lookup("#session-detail").tryQuery().isPresent());
        Path sheet = dir.resolve("sheet.pdf");
        files.answer(sheet);
        robot.clickOn("#session-pdf");
        until(() -> Files.exists(sheet));
        robot.type(KeyCode.ESCAPE);
        until(() -> robot.lookup("#session-detail").tryQuery().isEmpty());

        robot.clickOn(robot.lookup("#client-tabs .tab").nth(4).queryAs(Node.class)); // Record trail
        until(() -> rows(robot).stream().anyMatch(r -> r.get(2).equals("Saved to a file: session sheet") && r.get(4).equals(sheet.toString())));
        List<String> changed = rows(robot).stream().filter(r -> r.get(2).equals("Profile changed: Maximum speed allowed")).findFirst()
                .orElseThrow();
        assertThat(changed.subList(3, 5)).containsExactly("\u2014", "3.5 km/h");
        assertThat(robot.lookup("#audit-check").queryAs(Label.class).getText()).startsWith("Every row checks out");

        Path trail = dir.resolve("trail.pdf");
        files.answer(trail);
        robot.clickOn("#audit-pdf");
        until(() -> Files.exists(trail) && rows(robot).stream().anyMatch(r -> r.get(2).equals("Saved to a file: record trail")));
        try (var doc = Loader.loadPDF(trail.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Record trail", "Ørjan", "Profile changed: Maximum speed allowed", "Saved to a file: session sheet");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot) {
        return List.copyOf(((TableView<List<String>>) robot.lookup("#audit-trail").query()).getItems());
    }
}
