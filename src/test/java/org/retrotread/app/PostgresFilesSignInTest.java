package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.store.ServerForTests;
import org.retrotread.store.Store;

/**
 * PostgreSQL's own files sign a workstation in without the question, on a real server: {@code .pgpass} for the last
 * login, and a {@code pg_service.conf} service that names the user and password itself. (The driver reads both; the
 * tests point it at theirs with its system properties, as PGPASSFILE and PGSERVICEFILE do for a person.)
 */
class PostgresFilesSignInTest {

    @TempDir
    Path dir;
    private String server;

    @AfterEach
    void drop() throws Exception {
        System.clearProperty("org.postgresql.pgpassfile");
        System.clearProperty("org.postgresql.pgservicefile");
        if (server != null) {
            ServerForTests.drop(server);
        }
    }

    @Test
    void pgpassAndAServiceSignInWithoutAQuestion() throws Exception {
        server = ServerForTests.freshDatabase();
        URI at = URI.create(server);
        String database = at.getPath().substring(1);
        String user = ServerForTests.login().getProperty("user");
        String password = ServerForTests.login().getProperty("password");
        Path pgpass = Files.writeString(dir.resolve("pgpass"), at.getHost() + ":" + at.getPort() + ":" + database + ":" + user + ":" + password + "\n");
        Path services = Files.writeString(dir.resolve("pg_service.conf"), "[clinic]\nhost=" + at.getHost() + "\nport=" + at.getPort()
                + "\ndbname=" + database + "\nuser=" + user + "\npassword=" + password + "\n");
        try (Store local = Store.open(dir.resolve("workstation.db"))) {
            String address = "postgresql://" + at.getHost() + ":" + at.getPort() + "/" + database;
            SignIn.Quiet asked = SignIn.quiet(local, address, Clock.systemUTC());
            assertThat(asked.joined()).as("no password anywhere: the screen asks").isEmpty();

            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            local.settings().setLastLogin(user);
            SignIn.Quiet byPgpass = SignIn.quiet(local, address, Clock.systemUTC());
            assertThat(byPgpass.joined()).hasValueSatisfying(j -> {
                assertThat(j.reach()).isEqualTo(ClinicLink.Reach.CONNECTED);
                assertThat(j.login()).isEqualTo(user);
            });
            byPgpass.joined().get().workstation().close();

            System.clearProperty("org.postgresql.pgpassfile");
            System.setProperty("org.postgresql.pgservicefile", services.toString());
            local.settings().setLastLogin("someone-else");       // the service names who signs in, not the last login
            SignIn.Quiet byService = SignIn.quiet(local, address + "?service=clinic", Clock.systemUTC());
            assertThat(byService.joined()).hasValueSatisfying(j -> assertThat(j.login()).isEqualTo(user));
            byService.joined().get().workstation().close();
        }
    }
}
