package org.retrotread.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a schema up to date, one version at a time, each step in its own transaction together
 * with its version ({@code user_version} in a SQLite file, the {@code schema_version} row on a clinic server):
 * a step either happens whole or not at all. PostgreSQL changes its schema inside transactions too.
 */
final class Migrator {

    private Migrator() {
    }

    static void migrate(Connection c, List<Migration> migrations, int fromVersion) throws SQLException {
        for (Migration m : migrations) {
            if (m.version() <= fromVersion) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(m.script())) {
                    s.execute(statement);
                }
                if (Dialect.of(c) == Dialect.SQLITE) {
                    s.execute("PRAGMA user_version = " + m.version());
                } else {
                    s.execute("DELETE FROM schema_version");
                    s.execute("INSERT INTO schema_version (version) VALUES (" + m.version() + ")");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static List<String> statements(String resource) {
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.split("(?m)^--;\\s*$")).map(String::strip)
                    .filter(s -> !s.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--")))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + resource, e);
        }
    }
}
