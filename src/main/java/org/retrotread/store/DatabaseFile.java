package org.retrotread.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The file under a {@link Database}, before and while it is opened: where it may live (never a network
 * folder), that it is SQLite's and Retrotread's, whole, at the schema version this build knows (migrated,
 * with a copy kept first), owner-only, and how a connection to it is made.
 */
final class DatabaseFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5000;
    /** Tables every Retrotread database has had since version 1: how one from before application_id is known. */
    private static final List<String> OUR_TABLES = List.of("clients", "plans", "plan_versions", "sessions", "session_events");
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private DatabaseFile() {
    }

    /**
     * Makes a database made before files were owner-only (or copied in by hand) owner-only, with its WAL
     * files. Best effort: a file another account owns in a shared folder stays as that account set it.
     */
    static void tighten(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(f)) {
                    OwnerOnly.restrict(f);
                }
            } catch (IOException notOurs) {
                // not the owner: the permissions are that account's to set
            }
        }
    }

    /** Before anything is made or locked there: the folder of the file itself, links followed. */
    static void refuseNetworkFolder(Path file, Path folder) throws StoreProblem {
        try {
            Path real = Files.exists(file) ? file.toRealPath().getParent() : folder.toRealPath();
            Optional<String> network = NetworkFolders.networkType(real);
            if (network.isPresent()) {
                throw new StoreProblem(StoreProblem.Kind.NETWORK_FOLDER, file, new IOException(network.get()));
            }
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    static void create(Path file) throws StoreProblem {
        try {
            OwnerOnly.createFile(file);
        } catch (FileAlreadyExistsException anotherMadeItFirst) {
            // another Retrotread starting at the same moment: its lock decides which of the two goes on
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.CANNOT_CREATE, file, e);
        }
    }

    static InstanceLock lock(Path file) throws StoreProblem {
        try {
            return InstanceLock.tryAcquire(file).orElseThrow(() -> new StoreProblem(StoreProblem.Kind.IN_USE, file));
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    static void checkHeader(Path file) throws StoreProblem {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            // An empty file is a database SQLite has not written to yet; anything else must say so.
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, file);
            }
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    /** Checks, versions and migrates; returns the copy taken before migrating, or null. */
    static Path prepare(Path file, Database.Access access, boolean immutable, List<Migration> migrations, Clock clock,
                                boolean deferCheck) throws StoreProblem {
        int latest = Migration.latest(migrations);
        try (Connection c = connect(file, access, immutable, false, false)) {
            int version = userVersion(c);
            checkOurs(c, file, version);
            if (!deferCheck || version != latest) { // a migration writes: the file is checked before it, always
                checkIntegrity(c, file);
            }
            if (version > latest) {
                throw new StoreProblem(StoreProblem.Kind.NEWER_VERSION, file);
            }
            Path backup = null;
            if (version < latest) {
                if (access == Database.Access.READ_ONLY) {
                    throw new StoreProblem(StoreProblem.Kind.READ_ONLY_NEEDS_UPGRADE, file);
                }
                if (version > 0) {
                    backup = file.resolveSibling(file.getFileName() + ".v" + version + "-" + BACKUP_STAMP.format(clock.instant()) + ".bak");
                    Backups.copyInto(c, backup);
                }
                Migrator.migrate(c, migrations, version);
            }
            if (access == Database.Access.READ_WRITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
            }
            return backup;
        } catch (SQLException e) {
            throw classify(e, file);
        }
    }

    /**
     * Refuses another program's SQLite file before anything is written to it: its application_id is
     * another's, or it has no id and holds tables that are not Retrotread's. An empty database (no tables)
     * is a new one; one with Retrotread's tables from before version 5 has no id yet and is given it.
     */
    static void checkOurs(Connection c, Path file, int userVersion) throws SQLException, StoreProblem {
        int id;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA application_id")) {
            id = r.getInt(1);
        }
        if (id == Database.APPLICATION_ID) {
            return;
        }
        if (id != 0) {
            throw new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, file);
        }
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        boolean empty = tables.isEmpty() && userVersion == 0;
        boolean oursFromBefore = userVersion >= 1 && tables.containsAll(OUR_TABLES);
        if (!empty && !oursFromBefore) {
            throw new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, file);
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        }
    }

    static void checkIntegrity(Connection c, Path file) throws SQLException, StoreProblem {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            if (!r.next() || !"ok".equals(r.getString(1))) {
                throw new StoreProblem(StoreProblem.Kind.DAMAGED, file);
            }
        }
    }

    /** SQLite's "not a database" and "malformed" answers become the problems a person can act on. */
    static StoreProblem classify(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreProblem(StoreProblem.Kind.NOT_A_DATABASE, file, e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new StoreProblem(StoreProblem.Kind.DAMAGED, file, e);
        }
        return new StoreProblem(StoreProblem.Kind.FAILED, file, e);
    }

    static Connection connect(Path file, Database.Access access, boolean immutable, boolean durable, boolean immediate)
            throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (durable) {
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setReadOnly(access == Database.Access.READ_ONLY);
        // A file: URI with the path percent-encoded, so that nothing in a file's name (a "?", a "#", a "%")
        // can become a connection setting or end the name early.
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : "");
        return config.createConnection(url);
    }

}
