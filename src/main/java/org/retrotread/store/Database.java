package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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

    /**
     * Up to this size the file is checked ({@code quick_check}) before opening goes on: well under 50 ms. A larger
     * one (a clinic's years, 250 MB: 1.3 s) is checked on a thread of its own while the start screen comes up,
     * and every write waits for the answer ({@link #awaitChecked}): a damaged file is still never written.
     */
    static final long CHECK_AT_OPEN_BYTES = 16L * 1024 * 1024;
    /** SQLite's application_id of a Retrotread database: "RTRD" in ASCII (set by schema version 5). */
    public static final int APPLICATION_ID = 0x52545244;

    private final Path file;
    private final Access access;
    private final boolean immutable;
    private final InstanceLock lock;
    private final Path migrationBackup;
    private final Object fileKey;
    /** The files as this process opened them: the main file's identity, and the -wal/-shm ones once they exist. */
    private final Map<String, Object> logKeys = new HashMap<>();
    /** Which connections were opened before the log files last had to be renewed (see {@link #checkFiles}). */
    private final Map<Connection, Long> connectionGeneration = Collections.synchronizedMap(new WeakHashMap<>());
    private long generation;
    /** The integrity check's answer: done at opening for a small file, on a thread of its own for a large one. */
    private final CompletableFuture<Void> checked = new CompletableFuture<>();
    private volatile boolean checkLater;
    private final AtomicBoolean checkStarted = new AtomicBoolean();

    private Database(Path file, Access access, boolean immutable, InstanceLock lock, Path migrationBackup) throws StoreProblem {
        this.file = file;
        this.access = access;
        this.immutable = immutable;
        this.lock = lock;
        this.migrationBackup = migrationBackup;
        try {
            this.fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
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
        DatabaseFile.refuseNetworkFolder(file, folder);
        boolean exists = Files.exists(file);
        if (exists) {
            DatabaseFile.checkHeader(file);
        }
        boolean writable = Files.isWritable(folder) && (!exists || Files.isWritable(file));
        if (!exists && !writable) {
            throw new StoreProblem(StoreProblem.Kind.CANNOT_CREATE, file);
        }
        if (!exists) {
            DatabaseFile.create(file); // first, so that the lock can be on the file's identity
        }
        InstanceLock lock = writable ? DatabaseFile.lock(file) : null;
        try {
            if (exists && writable) {
                DatabaseFile.tighten(file);
            }
            Access access = writable ? Access.READ_WRITE : Access.READ_ONLY;
            // In a folder we cannot write, SQLite cannot make the WAL's -shm file; "immutable" reads
            // the file without it. Safe here: nobody can write in that folder, so nobody changes it.
            boolean immutable = !Files.isWritable(folder);
            boolean deferCheck = access == Access.READ_WRITE && Files.size(file) > CHECK_AT_OPEN_BYTES;
            Path backup = DatabaseFile.prepare(file, access, immutable, migrations, clock, deferCheck);
            Database database = new Database(file, access, immutable, lock, backup);
            if (deferCheck) {
                database.checkLater = true; // started after the first frame (startDeferredCheck), or by the first write
            } else {
                database.checked.complete(null);
            }
            return database;
        } catch (IOException e) {
            release(lock);
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        } catch (StoreProblem | RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    static Connection connect(Path file, Access access, boolean durable) throws SQLException {
        return connect(file, access, false, durable);
    }

    static Connection connect(Path file, Access access, boolean immutable, boolean durable) throws SQLException {
        return DatabaseFile.connect(file, access, immutable, durable, false);
    }

    /** A new connection: foreign keys on, a busy timeout, and every commit synced to disk. */
    public Connection connect() throws SQLException {
        return remember(DatabaseFile.connect(file, access, immutable, true, false));
    }

    /**
     * A connection for a writer whose transactions always write (the journal): each begins IMMEDIATE, taking the
     * write lock first, so that another writer makes it wait (the busy timeout) instead of failing at once, as a
     * transaction that read first and then wants to write would.
     */
    Connection connectForWriting() throws SQLException {
        return remember(DatabaseFile.connect(file, access, immutable, true, true));
    }

    private Connection remember(Connection c) {
        synchronized (logKeys) {
            connectionGeneration.put(c, generation);
        }
        return c;
    }

    /**
     * Checks, before {@code c} writes, that the files it writes are still the ones at their names. SQLite
     * goes on writing to a file that was deleted or replaced while open, and what it writes there is lost when
     * the process ends: a moved main file, or a deleted {@code -wal} holding everything since the last
     * checkpoint.
     *
     * <p>A changed {@code -wal} or {@code -shm} is repaired here: this connection still has the old log open,
     * so a checkpoint copies everything in it into the main file; then every connection must be opened again
     * (on fresh log files): {@link FilesChanged} tells the caller to reconnect and try again. A connection
     * opened before such a renewal gets the same answer, without a second checkpoint.
     *
     * @throws FilesChanged the caller reconnects ({@link FilesChanged#reconnect}) or stops ({@code moved})
     */
    public void checkFiles(Connection c) throws FilesChanged, SQLException {
        synchronized (logKeys) {
            Long opened = connectionGeneration.get(c);
            if (opened != null && opened != generation) {
                throw new FilesChanged(FilesChanged.What.LOG_RENEWED, file);
            }
            Object now = key(file);
            if (now == null) {
                throw new FilesChanged(FilesChanged.What.MOVED, file);
            }
            if (!now.equals(fileKey)) {
                throw new FilesChanged(FilesChanged.What.REPLACED, file);
            }
            for (String suffix : List.of("-wal", "-shm")) {
                Object seen = logKeys.get(suffix);
                Object current = key(file.resolveSibling(file.getFileName() + suffix));
                if (seen == null) {
                    if (current != null) {
                        logKeys.put(suffix, current); // made by SQLite since the last look: this is the one
                    }
                } else if (!seen.equals(current)) {
                    rescueLog(c, suffix);
                }
            }
        }
    }

    /** Copies what only the lost log holds into the main file, through a connection that still has it open. */
    private void rescueLog(Connection c, String suffix) throws SQLException, FilesChanged {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (r.getInt(1) != 0) {
                throw new SQLException("the database is busy: its " + suffix + " file was deleted or replaced, and copying the"
                        + " log into the database has to wait");
            }
        }
        logKeys.clear();
        generation++; // every connection opened before, c too, now answers LOG_RENEWED until it is replaced
        throw new FilesChanged(suffix.equals("-wal") ? FilesChanged.What.LOG_LOST : FilesChanged.What.INDEX_LOST, file);
    }

    private static Object key(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException unreadable) {
            return "unreadable";
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Starts a large file's integrity check on a thread of its own, once: the app calls this after the start
     * screen's first frame, so that the check does not compete with drawing it. Nothing to do for a small file
     * (checked at opening).
     */
    public void startDeferredCheck() {
        if (!checkLater || !checkStarted.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try (Connection c = connect(file, Access.READ_ONLY, false, false)) {
                DatabaseFile.checkIntegrity(c, file);
                checked.complete(null);
            } catch (StoreProblem p) {
                checked.completeExceptionally(p);
            } catch (SQLException e) {
                checked.completeExceptionally(DatabaseFile.classify(e, file));
            } catch (RuntimeException | Error e) {
                checked.completeExceptionally(new StoreProblem(StoreProblem.Kind.FAILED, file, e));
            }
        }, "retrotread-check");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits for the integrity check (at once when it was done at opening); every write calls this first.
     *
     * @throws StoreProblem {@code DAMAGED} (or why it could not be checked): nothing may be written
     */
    public void awaitChecked() throws StoreProblem {
        startDeferredCheck(); // if nobody has yet: the first write must not wait for a check never begun
        try {
            checked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, file, e.getCause());
        }
    }

    /** Runs {@code then} (on the checking thread, or at once) with the check's answer: empty when the file is whole. */
    public void whenChecked(Consumer<Optional<StoreProblem>> then) {
        checked.whenComplete((ok, failure) -> then.accept(failure == null ? Optional.empty()
                : Optional.of(failure instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, file, failure))));
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
