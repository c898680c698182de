package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
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
 * disk within milliseconds. When a write fails (disk full, file deleted, read-only), the work stays
 * in memory, {@link JournalHealth} says so to every listener, and the writer tries again with a growing
 * pause (up to {@link #LONGEST_RETRY_PAUSE}) until it succeeds. Nothing queued is ever dropped.
 *
 * <p>The writer is supervised: anything it throws, an {@link Error} included, is caught, reported and
 * retried, and a watchdog on another thread turns health bad as soon as anything has waited longer than
 * {@link #LONGEST_QUIET_WAIT} (a disk that hangs, a writer that stopped), and starts a new writer if the
 * old one died. A deleted or replaced {@code -wal}/{@code -shm} is rescued into the main file and the
 * writer goes on over a new connection ({@link Database#checkFiles}).
 */
public final class EventJournal implements AutoCloseable {

    static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_RETRY_PAUSE = Duration.ofSeconds(4);
    /** How long anything may wait unwritten before the screen is told. */
    public static final Duration LONGEST_QUIET_WAIT = Duration.ofSeconds(2);

    private final Database database;
    private final Clock clock;
    private Connection connection;       // the writer thread's alone
    private Sessions sessions;
    private Plans plans;
    private final LinkedBlockingQueue<JournalOps.Op> queue = new LinkedBlockingQueue<>();
    /** Taken from the queue and not yet committed, in order: the writer's own; it is cleared only by a commit. */
    private final List<JournalOps.Op> held = new ArrayList<>();
    private final JournalBacklog backlog = new JournalBacklog();
    private final List<Consumer<JournalHealth>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watchdog;
    private volatile Thread writer;
    private volatile boolean closing;
    private volatile JournalHealth health = JournalHealth.OK;
    private final List<Runnable> writtenListeners = new CopyOnWriteArrayList<>();
    private volatile Throwable lastFailure;
    private volatile Message lastReason = Message.of("store.reason.other", "");

    private EventJournal(Database database, Connection connection, Clock clock) {
        this.database = database;
        this.clock = clock;
        use(connection);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retrotread-journal-watch");
            t.setDaemon(true);
            return t;
        });
    }

    private void use(Connection c) {
        this.connection = c;
        this.sessions = new Sessions(c, clock);
        this.plans = new Plans(c, clock);
    }

    static EventJournal start(Database database, Clock clock) throws SQLException {
        if (database.readOnly()) {
            throw new SQLException("the database is open read-only: " + database.file());
        }
        EventJournal journal = new EventJournal(database, database.connectForWriting(), clock);
        journal.startWriter();
        long every = LONGEST_QUIET_WAIT.toMillis() / 4;
        journal.watchdog.scheduleWithFixedDelay(journal::watch, every, every, TimeUnit.MILLISECONDS);
        return journal;
    }

    private void startWriter() {
        Thread t = new Thread(this::supervise, "retrotread-journal");
        t.setDaemon(true);
        writer = t;
        t.start();
    }

    /** Records that a session opened; queue it before the session's first event. */
    public void open(SessionOpening opening) {
        submit(new JournalOps.Open(opening));
    }

    public void append(long sessionId, SessionEvent event) {
        submit(new JournalOps.Append(sessionId, event));
    }

    /** Notes the session is alive at {@code at}: after a crash, the time since counts as a pause. */
    public void heartbeat(long sessionId, Duration at, Instant wall) {
        submit(new JournalOps.Heartbeat(sessionId, at, wall));
    }

    /** Closes a finished session for good, with its summary. */
    public void seal(long sessionId, SessionSummary summary) {
        submit(new JournalOps.Seal(sessionId, summary));
    }

    private void submit(JournalOps.Op op) {
        if (closing) {
            throw new IllegalStateException("the journal is closed");
        }
        backlog.queued(clock.instant());
        queue.add(op);
        JournalHealth now = health;
        if (!now.ok()) {
            setHealth(unsaved(lastReason)); // the count on the screen goes up with every change held
        }
    }

    public JournalHealth health() {
        return health;
    }

    /** Listeners hear that a batch reached the disk, on the journal's writer thread (the server's sender is one). */
    public void addWrittenListener(Runnable listener) { writtenListeners.add(listener); }

    /** Listeners hear every change of health, on the journal's threads. */
    public void addHealthListener(Consumer<JournalHealth> listener) {
        listeners.add(listener);
    }

    /** Waits until everything queued so far is on disk; false if that did not happen in time. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        return backlog.awaitWritten(timeout);
    }

    /** How many queued items are not on disk yet. */
    public long unwritten() {
        return backlog.unwritten();
    }

    /**
     * The writer's loop, restarted whatever it throws: an {@link Error} (out of memory, a fault in the
     * SQLite library) must not end the thread while the screen goes on queueing events nobody writes.
     */
    private void supervise() {
        RetryPause pause = new RetryPause(FIRST_RETRY_PAUSE, LONGEST_RETRY_PAUSE);
        while (!(closing && queue.isEmpty() && held.isEmpty())) {
            try {
                if (held.isEmpty()) {
                    JournalOps.Op first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    held.add(first);
                }
                queue.drainTo(held);
                write(held);
                int count = held.size();
                held.clear();
                pause.reset();
                wrote(count);
            } catch (InterruptedException e) {
                return;
            } catch (FilesChanged changed) {
                failed(changed);
                if (changed.reconnect() && reconnect()) {
                    continue; // at once, on the fresh files: held is written by the next turn
                }
                if (!pause.sleep()) {
                    return;
                }
            } catch (Throwable e) { // an Error too: reported, and the held work is tried again
                failed(e);
                if (!pause.sleep()) {
                    return;
                }
            }
        }
    }

    private void write(List<JournalOps.Op> batch) throws SQLException, FilesChanged, StoreProblem {
        database.awaitChecked(); // a large file's integrity check may still be running: nothing is written before it passes
        database.checkFiles(connection);
        JournalOps.write(connection, sessions, plans, batch);
    }

    /**
     * A new connection, on fresh log files, checked whole before anything more is written through it.
     *
     * @return false when that failed (the caller waits and tries again)
     */
    private boolean reconnect() {
        try {
            Connection fresh = database.connectForWriting();
            DatabaseFile.checkIntegrity(fresh, database.file());
            Connection old = connection;
            use(fresh);
            try {
                old.close();
            } catch (SQLException ignored) {
                // its files are gone; everything it wrote was copied into the main file first
            }
            return true;
        } catch (SQLException | StoreProblem | RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void failed(Throwable e) {
        lastFailure = e;
        setHealth(unsaved(Unsaved.reason(e)));
    }

    private JournalHealth unsaved(Message reason) {
        lastReason = reason;
        int count = (int) unwritten();
        Instant since = backlog.oldest().map(JournalBacklog.Queued::wall).orElse(clock.instant());
        return new JournalHealth(false, count, Unsaved.sentence(count, since, database.file(), reason), Optional.of(since));
    }

    /**
     * The watchdog's look, four times in {@link #LONGEST_QUIET_WAIT}: anything waiting longer than that makes
     * health bad even if the writer is stuck inside the disk; a writer that died is replaced.
     */
    private void watch() {
        try {
            Thread w = writer;
            if (!closing && !w.isAlive()) {
                setHealth(unsaved(Message.of("store.reason.writerStopped")));
                startWriter();
                return;
            }
            Optional<JournalBacklog.Queued> oldest = backlog.oldest();
            if (oldest.isPresent() && health.ok() && System.nanoTime() - oldest.get().nanos() > LONGEST_QUIET_WAIT.toNanos()) {
                setHealth(unsaved(Message.of("store.reason.slow", LONGEST_QUIET_WAIT.toSeconds())));
            }
        } catch (Throwable e) { // the watchdog must outlive whatever it sees
            lastFailure = e;
        }
    }

    /** Health first, then the count: whoever sees everything written also sees saving healthy again. */
    private void wrote(int count) {
        backlog.leave(count);
        if (!health.ok()) {
            Throwable cause = lastFailure;
            setHealth(cause instanceof FilesChanged changed && changed.reconnect()
                    ? new JournalHealth(true, 0, Message.of("store.recovered", Unsaved.reason(changed)), Optional.empty())
                    : JournalHealth.OK);
        }
        backlog.written(count);
        writtenListeners.forEach(Runnable::run);
    }

    private synchronized void setHealth(JournalHealth next) {
        health = next;
        listeners.forEach(l -> l.accept(next));
    }

    /**
     * Stops taking work and waits up to {@code timeout} for what is queued to be written.
     *
     * @return true when everything was written
     */
    public boolean close(Duration timeout) throws InterruptedException {
        closing = true;
        watchdog.shutdownNow();
        Thread w = writer;
        w.join(timeout.toMillis());
        boolean done = !w.isAlive();
        if (!done) {
            w.interrupt();
            w.join(1000);
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
