package org.retrotread.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Copies of the database: a backup the operator asks for, the copy taken before a migration, and
 * restoring a backup. A restore is checked before it replaces anything, and the database it
 * replaces is kept beside it.
 */
public final class Backups {

    private Backups() {
    }

    /** Writes a consistent copy of the open database to {@code target} (which must not exist). */
    static void copyInto(Connection c, Path target) throws SQLException {
        try {
            // VACUUM INTO accepts an empty file: made owner-only first, the copy is never readable by others,
            // not even for the moment before its permissions could be changed.
            OwnerOnly.createFile(target);
        } catch (IOException e) {
            throw new SQLException("the backup file could not be made: " + target, e);
        }
        try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    /** A backup of {@code database} at {@code target}. */
    public static void backup(Database database, Path target) throws StoreProblem {
        if (Files.exists(target)) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, target, new IOException("a file of that name already exists"));
        }
        try (Connection c = database.connect()) {
            copyInto(c, target);
        } catch (SQLException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, target, e);
        }
    }

    /**
     * Checks {@code backup} is a whole, current Retrotread database: SQLite, passes integrity_check,
     * and a schema this version can open (perhaps after migrating). Nothing is written to it.
     */
    public static void verify(Path backup) throws StoreProblem {
        if (!Files.isRegularFile(backup)) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, backup, new IOException("no such file"));
        }
        try (InputStream in = Files.newInputStream(backup)) {
            byte[] header = in.readNBytes(16);
            if (!new String(header, StandardCharsets.US_ASCII).equals("SQLite format 3\0")) {
                throw new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, backup);
            }
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, backup, e);
        }
        try (Connection c = Database.connect(backup, Database.Access.READ_ONLY, false);
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) {
                    throw new StoreProblem(StoreProblem.Kind.DAMAGED, backup);
                }
            }
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                int version = r.getInt(1);
                if (version > Migration.latest(Migration.ALL)) {
                    throw new StoreProblem(StoreProblem.Kind.NEWER_VERSION, backup);
                }
                if (version < 1) {
                    throw new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, backup);
                }
                DatabaseFile.checkOurs(c, backup, version); // another program's database with a user_version of its own
            }
        } catch (SQLException e) {
            throw DatabaseFile.classify(e, backup);
        }
    }

    /**
     * Replaces the database file at {@code live} with {@code backup}, after verifying the backup.
     * The database must be closed. The replaced file is moved to {@code <live>.replaced-<stamp>}.
     *
     * @return where the replaced database was kept
     */
    public static Path restore(Path backup, Path live, Clock clock) throws StoreProblem {
        verify(backup);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(clock.instant());
        Path kept = live.resolveSibling(live.getFileName() + ".replaced-" + stamp);
        Path incoming = live.resolveSibling(live.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(incoming);
            OwnerOnly.createFile(incoming);
            try (InputStream in = Files.newInputStream(backup);
                 OutputStream out = Files.newOutputStream(incoming, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
            verify(incoming); // the copy too: a short write must never become the live database
            checkpointAway(live);
            if (Files.exists(live)) {
                Files.move(live, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, live, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, live, e);
        }
    }

    /** Folds a closed database's WAL into it and removes the -wal/-shm files, which belong to the old file. */
    private static void checkpointAway(Path live) throws IOException, StoreProblem {
        if (!Files.exists(live)) {
            return;
        }
        try (Connection c = Database.connect(live, Database.Access.READ_WRITE, true);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, live, e);
        }
        Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-wal"));
        Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-shm"));
    }
}
