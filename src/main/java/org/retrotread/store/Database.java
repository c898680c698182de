package org.retrotread.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The database file: opened safely, brought up to date, and the source of connections.
 *
 * <p>Opening never harms a file it cannot use. In order: the folder is made (owner-only), another
 * running Retrotread is ruled out by a lock, the header must say SQLite, {@code quick_check} must
 * pass, and a database from a newer Retrotread is refused, all before anything is written. Only
 * then is a copy taken (when an existing database needs migrating), the schema migrated and WAL
 * mode switched on. A file or folder that cannot be written is opened read-only, for history.
 */
public final class Database implements AutoCloseable {

    public enum Access { READ_WRITE, READ_ONLY }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Access access;
    private final boolean immutable;
    private final InstanceLock lock;
    private final Path migrationBackup;

    private Database(Path file, Access access, boolean immutable, InstanceLock lock, Path migrationBackup) {
        this.file = file;
        this.access = access;
        this.immutable = immutable;
        this.lock = lock;
        this.migrationBackup = migrationBackup;
    }

    public static Database open(Path file) throws StoreProblem {
        return open(file, Migration.ALL, Clock.systemUTC());
    }

    public static Database open(Path file, List<Migration> migrations, Clock clock) throws StoreProblem {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                OwnerOnly.createFolder(folder);
            }
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.CANNOT_CREATE, file, e);
        }
        boolean exists = Files.exists(file);
        if (exists) {
            checkHeader(file);
        }
        boolean writable = Files.isWritable(folder) && (!exists || Files.isWritable(file));
        if (!exists && !writable) {
            throw new StoreProblem(StoreProblem.Kind.CANNOT_CREATE, file);
        }
        InstanceLock lock = writable ? lock(file) : null;
        try {
            if (!exists) {
                OwnerOnly.createFile(file);
            }
            Access access = writable ? Access.READ_WRITE : Access.READ_ONLY;
            // In a folder we cannot write, SQLite cannot make the WAL's -shm file; "immutable" reads
            // the file without it. Safe here: nobody can write in that folder, so nobody changes it.
            boolean immutable = !Files.isWritable(folder);
            Path backup = prepare(file, access, immutable, migrations, clock);
            return new Database(file, access, immutable, lock, backup);
        } catch (StoreProblem | RuntimeException e) {
            release(lock);
            throw e;
        } catch (IOException e) {
            release(lock);
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    private static InstanceLock lock(Path file) throws StoreProblem {
        try {
            return InstanceLock.tryAcquire(file).orElseThrow(() -> new StoreProblem(StoreProblem.Kind.IN_USE, file));
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    private static void checkHeader(Path file) throws StoreProblem {
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
    private static Path prepare(Path file, Access access, boolean immutable, List<Migration> migrations, Clock clock)
            throws StoreProblem {
        int latest = Migration.latest(migrations);
        try (Connection c = connect(file, access, immutable, false)) {
            int version = userVersion(c);
            checkIntegrity(c, file);
            if (version > latest) {
                throw new StoreProblem(StoreProblem.Kind.NEWER_VERSION, file);
            }
            Path backup = null;
            if (version < latest) {
                if (access == Access.READ_ONLY) {
                    throw new StoreProblem(StoreProblem.Kind.READ_ONLY_NEEDS_UPGRADE, file);
                }
                if (version > 0) {
                    backup = file.resolveSibling(file.getFileName() + ".v" + version + "-" + BACKUP_STAMP.format(clock.instant()) + ".bak");
                    Backups.copyInto(c, backup);
                }
                Migrator.migrate(c, migrations, version);
            }
            if (access == Access.READ_WRITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
            }
            return backup;
        } catch (SQLException e) {
            throw classify(e, file);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
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

    static Connection connect(Path file, Access access, boolean durable) throws SQLException {
        return connect(file, access, false, durable);
    }

    static Connection connect(Path file, Access access, boolean immutable, boolean durable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (durable) {
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setReadOnly(access == Access.READ_ONLY);
        String url = immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
        return config.createConnection(url);
    }

    /** A new connection: foreign keys on, a busy timeout, and every commit synced to disk. */
    public Connection connect() throws SQLException {
        return connect(file, access, immutable, true);
    }

    public Path file() {
        return file;
    }

    public Access access() {
        return access;
    }

    public boolean readOnly() {
        return access == Access.READ_ONLY;
    }

    /** The copy taken before this opening migrated the schema, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    @Override
    public void close() {
        release(lock);
    }

    private static void release(InstanceLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // The OS releases it when the process ends in any case.
            }
        }
    }
}
