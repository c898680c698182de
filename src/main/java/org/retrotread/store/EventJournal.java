package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.text.Message;

/**
 * Writes sessions to the database as they happen, on one thread of its own.
 *
 * <p>Callers (the screen) only queue work and return at once. The writer takes everything queued,
 * writes it in one transaction and commits it durably ({@code synchronous=FULL}), so an event is on
 * disk within milliseconds. When a write fails (disk full, file deleted, read-only), the batch stays
 * in memory, {@link Health} says so to every listener, and the writer tries again with a growing
 * pause (up to {@link #LONGEST_RETRY_PAUSE}) until it succeeds. Nothing queued is ever dropped.
 */
public final class EventJournal implements AutoCloseable {

    static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_RETRY_PAUSE = Duration.ofSeconds(4);

    /** Whether writes are going through; when not, how many items wait and why. */
    public record Health(boolean ok, int waiting, Message problem) {
        static final Health OK = new Health(true, 0, null);
    }

    private sealed interface Op permits Open, Append, Heartbeat, Seal {
    }

    private record Open(SessionOpening opening) implements Op {
    }

    private record Append(long sessionId, SessionEvent event) implements Op {
    }

    private record Heartbeat(long sessionId, Duration at, Instant wall) implements Op {
    }

    private record Seal(long sessionId, SessionSummary summary) implements Op {
    }

    private final Path file;
    private final Object fileKey;
    private final Connection connection;
    private final Sessions sessions;
    private final Plans plans;
    private final LinkedBlockingQueue<Op> queue = new LinkedBlockingQueue<>();
    private final List<Op> failedBatch = new ArrayList<>(); // the writer thread's alone
    private final List<Consumer<Health>> listeners = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private final Thread writer;
    private long submitted;
    private long written;
    private volatile boolean closing;
    private volatile Health health = Health.OK;

    private EventJournal(Path file, Object fileKey, Connection connection, Clock clock) {
        this.file = file;
        this.fileKey = fileKey;
        this.connection = connection;
        this.sessions = new Sessions(connection, clock);
        this.plans = new Plans(connection, clock);
        this.writer = new Thread(this::run, "retrotread-journal");
        this.writer.setDaemon(true);
    }

    static EventJournal start(Database database, Clock clock) throws SQLException {
        if (database.readOnly()) {
            throw new SQLException("the database is open read-only: " + database.file());
        }
        Object key;
        try {
            key = Files.readAttributes(database.file(), BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new SQLException("cannot read the database file's attributes: " + database.file(), e);
        }
        EventJournal journal = new EventJournal(database.file(), key, database.connect(), clock);
        journal.writer.start();
        return journal;
    }

    /** Records that a session opened; queue it before the session's first event. */
    public void open(SessionOpening opening) {
        submit(new Open(opening));
    }

    public void append(long sessionId, SessionEvent event) {
        submit(new Append(sessionId, event));
    }

    /** Notes the session is alive at {@code at}: after a crash, the time since counts as a pause. */
    public void heartbeat(long sessionId, Duration at, Instant wall) {
        submit(new Heartbeat(sessionId, at, wall));
    }

    /** Closes a finished session for good, with its summary. */
    public void seal(long sessionId, SessionSummary summary) {
        submit(new Seal(sessionId, summary));
    }

    private void submit(Op op) {
        if (closing) {
            throw new IllegalStateException("the journal is closed");
        }
        synchronized (progress) {
            submitted++;
        }
        queue.add(op);
    }

    public Health health() {
        return health;
    }

    /** Listeners hear every change of health, on the journal's thread. */
    public void addHealthListener(Consumer<Health> listener) {
        listeners.add(listener);
    }

    /** Waits until everything queued so far is on disk; false if that did not happen in time. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            long target = submitted;
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** How many queued items are not on disk yet. */
    public long unwritten() {
        synchronized (progress) {
            return submitted - written;
        }
    }

    private void run() {
        Duration pause = FIRST_RETRY_PAUSE;
        while (!(closing && queue.isEmpty() && failedBatch.isEmpty())) {
            List<Op> batch = new ArrayList<>(failedBatch);
            try {
                if (batch.isEmpty()) {
                    Op first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch);
                write(batch);
                failedBatch.clear();
                pause = FIRST_RETRY_PAUSE;
                wrote(batch.size());
            } catch (SQLException | IOException | RuntimeException e) {
                failedBatch.clear();
                failedBatch.addAll(batch);
                setHealth(new Health(false, batch.size() + queue.size(), Message.of("store.writeFailing",
                        batch.size() + queue.size(), file.toString(), String.valueOf(e.getMessage()))));
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY_PAUSE) > 0 ? LONGEST_RETRY_PAUSE : pause.multipliedBy(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void write(List<Op> batch) throws SQLException, IOException {
        checkFileIsStillOurs();
        Sql.inTransaction(connection, x -> {
            for (Op op : batch) {
                if (op instanceof Open o) {
                    sessions.insert(o.opening(), planVersion(o.opening()));
                } else if (op instanceof Append a) {
                    sessions.append(a.sessionId(), a.event());
                } else if (op instanceof Heartbeat h) {
                    sessions.heartbeat(h.sessionId(), h.at(), h.wall());
                } else if (op instanceof Seal s) {
                    sessions.seal(s.sessionId(), s.summary());
                }
            }
            return null;
        });
    }

    private long planVersion(SessionOpening o) throws SQLException {
        if (o.planVersionId().isPresent()) {
            return o.planVersionId().get();
        }
        return o.starterId().isPresent() ? plans.starter(o.starterId().get(), o.plan()).id() : plans.create(o.plan()).id();
    }

    /**
     * SQLite keeps writing to a file that was deleted or moved while open, and those writes would
     * be lost: so before each batch, check the file at our path is still the one we opened.
     */
    private void checkFileIsStillOurs() throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            if (!Objects.equals(key, fileKey)) {
                throw new IOException("the database file was replaced by another file: " + file);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("the database file was moved or deleted: " + file, e);
        }
    }

    /** Health first, then the count: whoever sees everything written also sees saving healthy again. */
    private void wrote(int count) {
        if (!health.ok()) {
            setHealth(Health.OK);
        }
        synchronized (progress) {
            written += count;
            progress.notifyAll();
        }
    }

    private void setHealth(Health next) {
        health = next;
        listeners.forEach(l -> l.accept(next));
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops taking work and waits up to {@code timeout} for what is queued to be written.
     *
     * @return true when everything was written
     */
    public boolean close(Duration timeout) throws InterruptedException {
        closing = true;
        writer.join(timeout.toMillis());
        boolean done = !writer.isAlive();
        if (!done) {
            writer.interrupt();
            writer.join(1000);
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // What was committed is on disk; what was not is reported by the return value.
        }
        return done && unwritten() == 0;
    }

    @Override
    public void close() {
        try {
            close(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
