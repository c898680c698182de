package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Opening a clinic's PostgreSQL server (decision 0021), on the real test server: the schema made once and
 * recognised after, every refusal a sentence of its own, and no password ever taken from an address.
 */
class ClinicServerTest {

    private final TestStores.Server server = TestStores.server();

    private String freshDatabase() throws Exception {
        String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.admin("CREATE DATABASE " + name);
        return name;
    }

    private void drop(String name) throws Exception {
        server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Test
    void anEmptyDatabaseGetsTheSchemaOnceAndIsKnownAfter() throws Exception {
        String name = freshDatabase();
        try {
            ClinicServer first = ClinicServer.open(server.address(name), server.login());
            try (Connection c = first.connect()) {
                assertThat(ClinicServer.version(c)).isEqualTo(Migration.latest(Migration.SERVER));
            }
            ClinicServer again = ClinicServer.open(server.address(name), server.login()); // nothing to do the second time
            assertThat(again.user()).isEqualTo(server.login().getProperty("user"));
            assertThat(again.label()).endsWith("/" + name).doesNotContain("password");
        } finally {
            drop(name);
        }
    }

    @Test
    void anotherProgramsDatabaseAndANewerRetrotreadsAreRefusedUntouched() throws Exception {
        String other = freshDatabase();
        String newer = freshDatabase();
        try {
            try (Connection c = DriverManager.getConnection(server.jdbc(other), server.login()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE invoices (id int)");
            }
            assertThatThrownBy(() -> ClinicServer.open(server.address(other), server.login()))
                    .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.NOT_RETROTREAD));
            ClinicServer.open(server.address(newer), server.login());
            try (Connection c = DriverManager.getConnection(server.jdbc(newer), server.login()); Statement s = c.createStatement()) {
                s.execute("UPDATE schema_version SET version = 99");
            }
            assertThatThrownBy(() -> ClinicServer.open(server.address(newer), server.login()))
                    .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.NEWER_VERSION));
        } finally {
            drop(other);
            drop(newer);
        }
    }

    @Test
    void aWrongPasswordAMissingDatabaseAndNoServerAreEachSaid() throws Exception {
        Properties wrong = new Properties();
        wrong.setProperty("user", server.login().getProperty("user"));
        wrong.setProperty("password", "not-the-password");
        assertThatThrownBy(() -> ClinicServer.open(server.address("postgres"), wrong))
                .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.SIGN_IN_REFUSED));
        assertThatThrownBy(() -> ClinicServer.open(server.address("no_such_clinic"), server.login()))
                .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.NO_SUCH_DATABASE));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Instant before = Instant.now();
        assertThatThrownBy(() -> ClinicServer.open("postgresql://127.0.0.1:" + closedPort + "/clinic", server.login()))
                .isInstanceOfSatisfying(ServerProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ServerProblem.Kind.UNREACHABLE);
                    assertThat(p.getMessage()).doesNotContain(server.login().getProperty("password"));
                });
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void noTableOfRecordsCanBeEmptiedAtOnce() throws Exception {
        String name = freshDatabase();
        try {
            ClinicServer.open(server.address(name), server.login());
            try (Connection c = DriverManager.getConnection(server.jdbc(name), server.login()); Statement s = c.createStatement()) {
                for (String table : new String[] {"sessions", "session_events", "session_summaries", "amendments", "audit_trail",
                    "plan_versions", "walk_tests", "walk_test_corrections"}) {
                    assertThatThrownBy(() -> s.execute("TRUNCATE " + table + " CASCADE")).as(table) // restrict_violation, as every refusal
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23001"));
                }
            }
        } finally {
            drop(name);
        }
    }
}
