package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.retrotread.session.text.Message;

/**
 * Pushes a workstation's sessions to the clinic server, in order, on a thread of its own: the console writes to
 * the workstation's file (the journal, {@code synchronous=FULL}) and never waits for the network. After each
 * journal write, and every few seconds, it pushes what the server does not have yet ({@link SessionPush}); when
 * the server is away it says how many events wait and since when, and tries again until the server is back.
 * Killed in an outage, it loses nothing: what waits is in the file, and the next start pushes it.
 */
public final class ServerSender implements AutoCloseable {

    /**
     * What waits for the server: how many events, since when (the first push that failed with work waiting), and
     * why (a refusal that is not an outage, said as it is).
     */
    public record Backlog(long eventsWaiting, Optional<Instant> since, Optional<Message> problem) {
        static final Backlog CLEAR = new Backlog(0, Optional.empty(), Optional.empty());

        public boolean clear() {
            return eventsWaiting == 0 && problem.isEmpty();
        }
    }

    private static final Duration EVERY = Duration.ofSeconds(3);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final Database local;
    private final ClinicServer server;
    private final Clock wall;
    private final Semaphore nudged = new Semaphore(0);
    private final List<Consumer<Backlog>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SessionPush.Pushed>> pushedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> answerListeners = new CopyOnWriteArrayList<>();
    /** Whether the server answered at the last look (null before the first): rounds with nothing to push look too. */
    private Boolean answering;
    private final Thread thread;
    private volatile boolean closing;
    private volatile Backlog backlog = Backlog.CLEAR;
    /** Every session numbered up to here is sealed and on the server (0 at each start: the first round looks at all). */
    private long settled;
    private Connection serverConnection;
    private Connection localConnection;

    private ServerSender(Database local, ClinicServer server, Clock wall) {
        this.local = local;
        this.server = server;
        this.wall = wall;
        this.thread = new Thread(this::loop, "retrotread-server-sender");
        this.thread.setDaemon(true);
    }

    /** Starts pushing {@code local}'s sessions to {@code server}; call {@link #nudge} after each journal write. */
    public static ServerSender start(Database local, ClinicServer server, Clock wall) {
        ServerSender sender = new ServerSender(local, server, wall);
        sender.thread.start();
        return sender;
    }

    /** Something new is in the file: push it now rather than at the next round. */
    public void nudge() {
        nudged.release();
    }

    public Backlog backlog() {
        return backlog;
    }

    /** Listeners hear every change of the backlog, on the sender's thread. */
    public void addListener(Consumer<Backlog> listener) {
        listeners.add(listener);
    }

    /**
     * Listeners hear whether the server answers, each time that changes, on the sender's thread: every round looks,
     * even with nothing to push, so a workstation learns of an outage (and of the server's return) within seconds.
     */
    public void addAnswerListener(Consumer<Boolean> listener) {
        answerListeners.add(listener);
    }

    /** Listeners hear each push the server committed (the benchmark's clock stops here), on the sender's thread. */
    void addPushedListener(Consumer<SessionPush.Pushed> listener) {
        pushedListeners.add(listener);
    }

    private void loop() {
        RetryPause pause = new RetryPause(Duration.ofMillis(500), LONGEST_PAUSE);
        while (!closing) {
            boolean ok = pushAll();
            if (ok) {
                look();
            }
            try {
                if (ok) {
                    pause.reset();
                    nudged.tryAcquire(EVERY.toMillis(), TimeUnit.MILLISECONDS);
                    nudged.drainPermits();
                } else if (!pause.sleep()) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * One round: every session with something the server lacks, pushed in order of opening. Synchronized: the
     * sender's thread and a caller asking for a round now never share the connections at once.
     *
     * @return whether everything is on the server now
     */
    synchronized boolean pushAll() {
        List<ServerPushes.Pending> pending;
        try {
            pending = ServerPushes.pending(localConnection(), settled);
        } catch (SQLException e) {
            closeQuietly(localConnection);
            localConnection = null;
            return report(new Backlog(backlog.eventsWaiting(), Optional.of(since()), // the workstation's own file, said as such
                    Optional.of(Message.of("store.problem.FAILED", local.file(), String.valueOf(e.getMessage())))));
        }
        if (pending.isEmpty()) {
            return settle();
        }
        for (ServerPushes.Pending p : pending) {
            try {
                SessionPush.Pushed pushed = SessionPush.push(localConnection, serverConnection(), p.localId());
                pushedListeners.forEach(l -> l.accept(pushed));
                ServerPushes.mark(localConnection, p, pushed, wall.instant());
            } catch (SQLException e) {
                boolean outage = away(e) || isClosed(serverConnection);
                closeQuietly(serverConnection);
                serverConnection = null;
                if (outage) {
                    answered(false);
                }
                return report(new Backlog(ServerPushes.waiting(pending), Optional.of(since()),
                        outage ? Optional.empty() : Optional.of(ServerProblem.classify(e, server.label()).message())));
            }
        }
        return settle();
    }

    /** A look at the server with nothing to push: does it answer? (A refusal of the login is an answer.) */
    private synchronized void look() {
        boolean now;
        try {
            now = serverConnection().isValid(1);
        } catch (SQLException e) {
            now = !away(e);
        }
        if (!now) {
            closeQuietly(serverConnection);
            serverConnection = null;
        }
        answered(now);
    }

    private void answered(boolean now) {
        if (answering == null || answering != now) {
            answering = now;
            answerListeners.forEach(l -> l.accept(now));
        }
    }

    /** A failure that means the server is away: no connection (class 08), or shutting down or starting (57P). */
    private static boolean away(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** Everything is on the server: said, and the next rounds look only above what is settled now. */
    private boolean settle() {
        try {
            settled = ServerPushes.settled(localConnection());
        } catch (SQLException e) {
            settled = 0; // look at everything next time: slower, never wrong
        }
        return report(Backlog.CLEAR);
    }

    private Instant since() {
        return backlog.since().orElse(wall.instant());
    }

    private boolean report(Backlog next) {
        boolean changed = !next.equals(backlog);
        backlog = next;
        if (changed) {
            listeners.forEach(l -> l.accept(next));
        }
        return next.clear();
    }

    private Connection localConnection() throws SQLException {
        if (localConnection == null) {
            localConnection = local.connect();
        }
        return localConnection;
    }

    private Connection serverConnection() throws SQLException {
        if (serverConnection == null) {
            serverConnection = server.connect();
        }
        return serverConnection;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c == null || c.isClosed() || !c.isValid(1);
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a connection to a server that went away has nothing of ours left on it: each push commits whole
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(serverConnection);
        closeQuietly(localConnection);
    }
}
