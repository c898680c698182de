package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh store of either kind for a test: a SQLite file in the test's folder, or a new database on the PostgreSQL
 * server named by {@code RETROTREAD_TEST_POSTGRES} (started by {@code .ci/postgres-up}; a real server, never a
 * stand-in). Without that variable the server's cases are skipped, unless {@code RETROTREAD_REQUIRE_POSTGRES} is
 * set, as CI sets it: there they fail.
 */
final class TestStores {

    static final String SERVER_VARIABLE = "RETROTREAD_TEST_POSTGRES";

    private TestStores() {
    }

    /** An open store, a way to reach its database as another program would, and its clean-up. */
    record Opened(Store store, Dialect dialect, Raw raw, ClinicServer clinic, AutoCloseable dropped) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            store.close();
            dropped.close();
        }
    }

    /** Closes whichever of these a test opened (null: not opened). */
    static void closeAll(Opened... opened) throws Exception {
        for (Opened o : opened) {
            if (o != null) {
                o.close();
            }
        }
    }

    @FunctionalInterface
    interface Raw {
        Connection connect() throws SQLException;
    }

    static Opened open(Dialect dialect, Path dir, Clock clock) throws Exception {
        if (dialect == Dialect.SQLITE) {
            Store store = Store.on(Database.open(dir.resolve("retrotread.db")), clock);
            return new Opened(store, dialect, () -> store.database().connect(), null, () -> { });
        }
        Server server = server();
        String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.admin("CREATE DATABASE " + name);
        ClinicServer clinic = ClinicServer.open(server.address(name), server.login());
        Store store = Store.onServer(clinic, clock);
        return new Opened(store, dialect, () -> DriverManager.getConnection(server.jdbc(name), server.login()), clinic,
                () -> server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** The test server: its address (without the database) and the test role's login. */
    record Server(String host, String query, Properties login) {
        String address(String database) {
            return "postgresql://" + host + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }

        String jdbc(String database) {
            return "jdbc:postgresql://" + host + "/" + database;
        }

        void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbc("postgres"), login); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /**
     * Stops or starts the test server itself ({@code pg_ctl}, as {@code .ci/postgres-up} printed it): a real outage.
     *
     * @param action {@code stop}, {@code start}, or {@code start-if-stopped} (after a test, whatever it did)
     */
    static void serverControl(String action) throws Exception {
        String ctl = System.getenv("RETROTREAD_TEST_POSTGRES_CTL");
        if (ctl == null || ctl.isBlank()) {
            Assumptions.abort("RETROTREAD_TEST_POSTGRES_CTL is not set: the outage tests need .ci/postgres-up's server");
        }
        String command = switch (action) {
            case "stop" -> ctl + " -m fast -w stop";
            case "start" -> ctl + " -w start";
            case "start-if-stopped" -> ctl + " status >/dev/null || " + ctl + " -w start";
            default -> throw new IllegalArgumentException(action);
        };
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pg_ctl " + action + " failed: " + said);
        }
    }

    static Server server() {
        String url = System.getenv(SERVER_VARIABLE);
        if (url == null || url.isBlank()) {
            if (System.getenv("RETROTREAD_REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException(SERVER_VARIABLE + " is not set: start a server with .ci/postgres-up");
            }
            Assumptions.abort("no PostgreSQL server for the tests: eval \"$(bash .ci/postgres-up)\" to run these too");
        }
        // postgresql://host:port/db?user=…&password=…: the login goes to the driver's properties, never into an address
        String rest = url.substring(url.indexOf("://") + 3);
        String host = rest.substring(0, rest.indexOf('/'));
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "";
        Properties login = new Properties();
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && List.of("user", "password").contains(kv[0].toLowerCase(Locale.ROOT))) {
                login.setProperty(kv[0], kv[1]);
            } else if (!pair.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return new Server(host, kept.toString(), login);
    }
}
