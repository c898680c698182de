package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retrotread.store.ServerForTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clinic workstation, as its staff use it, on a real PostgreSQL server: sign in as one's own login (a wrong
 * password said as such), the login runs the session, a new client goes to the server first, and the server stopped
 * mid-session: the session goes on, the banner says how many events wait and since when, and when the server is back
 * they arrive and the banner goes. A profile change with the server away is refused, and nothing is written.
 */
class ClinicWorkstationTest extends AppOnTempDatabase {

    private String server;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        server = ServerForTests.freshDatabase();
    }

    @Override
    DataLocation.Where where() {
        return new DataLocation.Where(database(), Optional.of(server));
    }

    @AfterEach
    void serverBack() throws Exception {
        ServerForTests.control("start-if-stopped");
        ServerForTests.drop(server);
    }

    @Test
    void signedInTheSessionGoesOnThroughAnOutageAndArrivesWhole(FxRobot robot) throws Exception {
        String user = ServerForTests.login().getProperty("user");
        signIn(robot, user, "not the password");
        until(() -> text(robot, "#signin-message").contains("refused this user name or password"));
        signIn(robot, user, ServerForTests.login().getProperty("password"));
        until(() -> focused(robot, "#client"));
        assertThat(robot.lookup("#operator").queryAs(TextField.class).getText()).isEqualTo(user);
        assertThat(robot.lookup("#operator").queryAs(TextField.class).isEditable()).as("the login runs the session").isFalse();
        assertThat(text(robot, "#data-line")).startsWith("Signed in to the clinic server");
        assertThat(robot.lookup("#switch-user").tryQuery()).isPresent();

        // a new client, made on the server first (set whole: a key typed in the frame the screen appears in can be lost to
        // the robot, which is not what this test is about)
        robot.interact(() -> robot.lookup("#client").queryAs(TextField.class).setText("Zoë Müller"));
        robot.clickOn("#client").type(KeyCode.ENTER);
        until(() -> focused(robot, "#plans"));
        robot.type(KeyCode.ENTER);
        try {
            until(() -> robot.lookup("#status").tryQuery().isPresent());
            robot.type(KeyCode.ENTER, 2);                               // no pain before; starts
            until(() -> ServerForTests.column(server, "SELECT name FROM clients").equals(List.of("Zoë Müller")));
        } catch (Exception e) {
            System.out.println("the session did not start: focus=" + robot.listTargetWindows().get(0).getScene().getFocusOwner()
                    + " notice=" + text(robot, "#notice") + " status=" + robot.lookup("#status").tryQuery().isPresent()
                    + " local clients=" + StoredRows.column(database(), "SELECT name FROM clients")
                    + " server clients=" + ServerForTests.column(server, "SELECT name FROM clients"));
            throw e;
        }
        until(() -> ServerForTests.column(server, "SELECT operator FROM sessions").equals(List.of(user)));
        assertThat(robot.lookup("#server-banner").query().isVisible()).isFalse();

        ServerForTests.control("stop");                             // the server goes away mid-session
        robot.type(KeyCode.SPACE);                                  // a pause: an event the server has not got
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#server-banner").query().isVisible()
                && text(robot, "#server-banner").matches(".*(Waiting for the clinic server|Waiting to be sent).*"));
        assertThat(robot.lookup("#status").tryQuery()).as("the console goes on").isPresent();
        long local = Long.parseLong(StoredRows.column(database(), "SELECT COUNT(*) FROM session_events").get(0));

        ServerForTests.control("start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#server-banner").query().isVisible());
        assertThat(ServerForTests.column(server, "SELECT COUNT(*) FROM session_events")).containsExactly(String.valueOf(local));
        assertThat(ServerForTests.column(server, "SELECT COUNT(DISTINCT uuid) FROM session_events")).containsExactly(String.valueOf(local));
    }

    @Test
    void aProfileChangeWithTheServerAwayIsRefusedAndNothingWritten(FxRobot robot) throws Exception {
        newClient(robot, "Ben Okafor");

        ServerForTests.control("stop");
        robot.clickOn("#client-identifier").write("PT-7");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#clients-notice").startsWith("Not saved: changes are made"));
        until(() -> robot.lookup("#server-banner").query().isVisible());
        assertThat(text(robot, "#server-banner")).contains("is not answering");
        assertThat(StoredRows.column(database(), "SELECT COALESCE(identifier, '-') FROM clients")).containsExactly("-");
        ServerForTests.control("start");
        assertThat(ServerForTests.column(server, "SELECT COALESCE(identifier, '-') FROM clients")).containsExactly("-");
    }

    @Test
    void aClientGoesOutForAHomeVisitAndWhatTheVisitAddsComesBack(FxRobot robot) throws Exception {
        newClient(robot, "Ana Lima");

        files.answer(dir.resolve("ana.csv"));                       // an export, in the clinic's trail on the server, as the login
        robot.clickOn("#sessions-csv");
        String user = ServerForTests.login().getProperty("user");
        until(() -> ServerForTests.column(server, "SELECT author || ' ' || action FROM audit_trail ORDER BY id")
                .equals(List.of(user + " CLIENT_ADDED", user + " EXPORTED")));

        Path laptop = dir.resolve("visit").resolve("ana-home-visit.db");
        files.answer(laptop);
        robot.clickOn("#home-visit-copy");
        until(() -> text(robot, "#clients-notice").startsWith("Copied Ana Lima"));
        assertThat(files.names).contains("Ana Lima-home-visit.db");
        assertThat(StoredRows.column(laptop, "SELECT name FROM clients")).containsExactly("Ana Lima");

        StoredRows.walkTest(laptop, "Ana Lima", 7.5);                 // what the visit adds, on the laptop
        files.answer(laptop);
        robot.clickOn("#home-visit-bring-in");
        until(() -> text(robot, "#clients-notice").startsWith("Done."));
        assertThat(ServerForTests.column(server, "SELECT seconds FROM walk_tests")).containsExactly("7.5");
        assertThat(ServerForTests.column(server, "SELECT name FROM clients")).as("the same client, not a second").containsExactly("Ana Lima");
        files.answer(laptop);
        robot.clickOn("#home-visit-bring-in");                        // again: nothing doubled
        until(() -> text(robot, "#clients-notice").startsWith("Done. Added 0 clients"));
        assertThat(ServerForTests.column(server, "SELECT seconds FROM walk_tests")).containsExactly("7.5");
    }

    @Test
    void afterTheIdleTimeTheSignInCoversThePageAndWhatWasTypedIsStillThereAfter(FxRobot robot) throws Exception {
        newClient(robot, "Ben Okafor");
        robot.clickOn("#client-identifier").write("PT-7");            // typed, not saved yet
        robot.interact(screens::idleNow);
        until(() -> robot.lookup("#signin-password").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#signin-user").queryAs(TextField.class).getText()).as("the last one offered")
                .isEqualTo(ServerForTests.login().getProperty("user"));
        assertThat(robot.lookup("#signin-back").tryQuery()).as("no way past it but signing in").isEmpty();
        robot.type(KeyCode.ESCAPE);                                   // Esc does not lift it
        assertThat(robot.lookup("#signin-password").tryQuery()).isPresent();
        robot.clickOn("#signin-password").write(ServerForTests.login().getProperty("password")).type(KeyCode.ENTER);
        until(() -> robot.lookup("#signin-password").tryQuery().isEmpty());
        assertThat(robot.lookup("#client-identifier").queryAs(TextField.class).getText()).isEqualTo("PT-7");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> ServerForTests.column(server, "SELECT identifier FROM clients").equals(List.of("PT-7")));
    }

    /** Signed in, a new client added on the clients page: on the server before the test goes on. */
    private void newClient(FxRobot robot, String name) throws Exception {
        signIn(robot, ServerForTests.login().getProperty("user"), ServerForTests.login().getProperty("password"));
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#client-name"));
        robot.interact(() -> robot.lookup("#client-name").queryAs(TextField.class).setText(name)); // whole, as above
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> ServerForTests.column(server, "SELECT name FROM clients").equals(List.of(name)));
    }

    private static void signIn(FxRobot robot, String user, String password) throws Exception {
        until(() -> robot.lookup("#signin-user").tryQuery().isPresent() && !robot.lookup("#signin-go").query().isDisabled());
        robot.interact(() -> robot.lookup("#signin-user").queryAs(TextField.class).setText(user));
        robot.clickOn("#signin-password").write(password).type(KeyCode.ENTER);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
