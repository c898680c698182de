package org.retrotread.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.retrotread.i18n.Dates;
import org.retrotread.i18n.Messages;
import org.retrotread.store.ClinicServer;
import org.retrotread.store.Database;
import org.retrotread.store.ReadCopy;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.ServerSender;
import org.retrotread.store.Store;
import org.retrotread.store.Workstation;
import org.retrotread.work.Worker;

/**
 * A clinic workstation's link to the clinic server (decision 0021): who is signed in, whether the server answers,
 * when the copy of the clinic's records was taken, and what waits to be sent. The workstation's file is the app's
 * store; the sender pushes its sessions, and {@link Workstation} makes every other change on the server first. With
 * the server away, the link tries again every {@link #RETRY} and the banner says how things stand.
 */
final class ClinicLink implements AutoCloseable {

    /** Whether the server answers the one signed in; NOT_YET until the first sign-in has been tried (nothing to say). */
    enum Reach { NOT_YET, CONNECTED, AWAY, ASKS_SIGN_IN }

    /** How things stand, for the banner and the screens that say where their records come from. */
    record Status(String server, String login, Reach reach, Optional<Instant> copyTakenAt, ServerSender.Backlog backlog) {
        /** Whether the screens read the copy as it was taken, the server not answering the one signed in. */
        boolean fromCopy() {
            return reach == Reach.AWAY || reach == Reach.ASKS_SIGN_IN;
        }

        Status with(ServerSender.Backlog b) {
            return new Status(server, login, reach, copyTakenAt, b);
        }

        Status with(Reach r, Optional<Instant> copy) {
            return new Status(server, login, r, copy, backlog);
        }
    }

    /** A sign-in's outcome, made on the database thread. */
    record Joined(Workstation workstation, String login, Optional<Instant> copyTakenAt, Reach reach) {
    }

    /**
     * How long the sign-in waits for the server, to connect and then to be let in: the start screen's budget is 2 s,
     * of which the rest of a start takes 1.1-1.3 s here (bench/clinic-startup-bench.sh), and a sign-in over a
     * clinic's network (TCP, TLS, SCRAM) tens of milliseconds. The driver reads the login timeout as a decimal.
     */
    private static final String QUICK_CONNECT_SECONDS = "1";
    private static final String QUICK_LOGIN_SECONDS = "0.6";
    private static final Duration RETRY = Duration.seconds(20);
    private static final int REFUSAL_SHOWN = 160;

    private final String address;
    private final String label;
    private final boolean usable;
    private final Worker background;
    private final Clock wall;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private volatile Workstation workstation;
    private volatile ServerSender sender;
    private volatile Status status;
    private PauseTransition retry;

    /** A link to the server at {@code address}; one that cannot be used (see {@link #usable}) is said at sign-in. */
    ClinicLink(String address, Worker background, Clock wall) {
        String described;
        try {
            described = ClinicServer.describe(address);
        } catch (IllegalArgumentException e) {
            described = "";
        }
        this.usable = !described.isEmpty();
        this.label = usable ? described : withoutPassword(address);
        this.address = address;
        this.background = background;
        this.wall = wall;
        this.status = new Status(label, "", Reach.NOT_YET, Optional.empty(), new ServerSender.Backlog(0, Optional.empty(), Optional.empty()));
    }

    String address() {
        return address;
    }

    /** An address as it may be shown: a password typed into it (which is refused) shown as stars. */
    static String withoutPassword(String address) {
        return address.replaceAll("(//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Whether the address reads as PostgreSQL's, without a password: else no sign-in can succeed, and the screen says why. */
    boolean usable() {
        return usable;
    }

    /**
     * Signs in on the database thread: the server opened as {@code login} (its schema checked), the copy brought up
     * to its records, the login remembered for next time. A server that does not answer is not a refusal: the
     * workstation works from its copy as the login asked for, and its sessions are sent when the server is back.
     */
    static Joined join(Store local, String address, Properties login, Clock wall, boolean quick) throws Exception {
        Properties first = new Properties();
        first.putAll(login);
        if (quick) { // at start: within the start screen's budget; the connections after it have the usual timeouts
            first.setProperty("connectTimeout", QUICK_CONNECT_SECONDS);
            first.setProperty("loginTimeout", QUICK_LOGIN_SECONDS); // a host that takes the connection and says nothing
        }
        try {
            String who = ClinicServer.open(address, first).user(); // the schema checked, or made by an administrator
            Workstation w = new Workstation(local, ClinicServer.at(address, login), wall);
            ReadCopy.Taken taken = w.refresh();
            local.settings().setLastLogin(who);
            return new Joined(w, who, Optional.of(taken.at()), Reach.CONNECTED);
        } catch (ServerProblem e) {
            if (e.kind() != ServerProblem.Kind.UNREACHABLE) {
                throw e;
            }
            Workstation away = new Workstation(local, ClinicServer.at(address, login), wall);
            String who = login.getProperty("user", local.settings().lastLogin().orElse(System.getProperty("user.name", "")));
            return new Joined(away, who, away.copyTakenAt(), Reach.AWAY);
        }
    }

    /** A sign-in done: its workstation in use, a sender for its login, the one before closed off this thread. */
    void joined(Joined j, Database local) {
        Workstation before = workstation;
        ServerSender senderBefore = sender;
        workstation = j.workstation();
        ServerSender next = ServerSender.start(local, j.workstation().server(), wall);
        next.addListener(b -> Platform.runLater(() -> {
            if (sender == next) {
                boolean arrived = status.backlog().eventsWaiting() > 0 && b.clear();
                update(status.with(b));
                if (arrived && status.reach() == Reach.AWAY) {
                    tryNow(); // what waited reached the server: it answers again
                }
            }
        }));
        next.addAnswerListener(answers -> Platform.runLater(() -> {
            if (sender != next) {
                return;
            }
            if (!answers) {
                wentAway();
            } else if (status.reach() == Reach.AWAY) {
                tryNow(); // back: the copy brought up to date, and the screens read the clinic's records again
            }
        }));
        sender = next;
        background.run(() -> {
            if (senderBefore != null) {
                senderBefore.close();
            }
            if (before != null) {
                before.close();
            }
            return true;
        }, x -> { }, e -> { }); // closing connections of a login no longer used: nothing of ours is on them
        update(new Status(label, j.login(), j.reach(), j.copyTakenAt(), next.backlog()));
        if (j.reach() == Reach.AWAY) {
            tryAgainLater();
        }
    }

    /** A journal write: the sender pushes it now. Any thread. */
    void nudge() {
        ServerSender s = sender;
        if (s != null) {
            s.nudge();
        }
    }

    /** The copy brought up to the server's records at {@code at}. On the JavaFX thread. */
    void copied(Instant at) {
        update(status.with(status.reach(), Optional.of(at)));
    }

    /** A change refused because the server did not answer: the banner says so, and the link tries again later. */
    void wentAway() {
        if (status.reach() == Reach.CONNECTED) {
            update(status.with(Reach.AWAY, status.copyTakenAt()));
            tryAgainLater();
        }
    }

    private void tryAgainLater() {
        if (retry != null) {
            retry.stop();
        }
        retry = new PauseTransition(RETRY);
        retry.setOnFinished(e -> tryNow());
        retry.play();
    }

    /** Asks the server for the copy now: answered, the link is connected again; asked who is there, it says so. */
    private void tryNow() {
        if (retry != null) {
            retry.stop();
        }
        Workstation w = workstation;
        background.run(w::refresh, taken -> {
            if (w == workstation) {
                update(status.with(Reach.CONNECTED, Optional.of(taken.at())));
            }
        }, problem -> {
            if (w != workstation) {
                return; // someone signed in meanwhile
            }
            if (problem instanceof ServerProblem p && p.kind() == ServerProblem.Kind.SIGN_IN_REFUSED) {
                update(status.with(Reach.ASKS_SIGN_IN, status.copyTakenAt())); // back, and asking who is there
            } else {
                tryAgainLater();
            }
        });
    }

    Optional<Workstation> workstation() {
        return Optional.ofNullable(workstation);
    }

    Status status() {
        return status;
    }

    /** Listeners hear every change, on the JavaFX thread, and the status as it is at once. */
    void addListener(Consumer<Status> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    private void update(Status next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    /**
     * What the banner says: the server away (and since when the copy is), the server asking who is there, events
     * waiting and since when, a refusal of what waits; empty when all is well.
     */
    static Optional<String> banner(Messages text, Status s, ZoneId zone) {
        Dates dates = new Dates(text, zone);
        List<String> lines = new ArrayList<>();
        if (s.reach() == Reach.AWAY) {
            lines.add(s.copyTakenAt().isPresent() ? text.format("ui.clinic.away", s.server(), dates.dateTime(s.copyTakenAt().get()))
                    : text.format("ui.clinic.awayNoCopy", s.server()));
        } else if (s.reach() == Reach.ASKS_SIGN_IN) {
            lines.add(text.format("ui.clinic.asksSignIn", s.server()));
        }
        if (s.backlog().eventsWaiting() > 0) { // after a line naming the server, without naming it again
            lines.add(text.format(lines.isEmpty() ? "ui.clinic.waiting" : "ui.clinic.alsoWaiting", s.backlog().eventsWaiting(), s.server(),
                    s.backlog().since().map(dates::time).orElse("")));
        }
        s.backlog().problem().ifPresent(p -> lines.add(shortened(text.format("ui.clinic.refused", text.format(p)))));
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", lines));
    }

    /** A refusal, as short as a banner line allows (the server's own log has it whole). */
    private static String shortened(String said) {
        return said.length() <= REFUSAL_SHOWN ? said : said.substring(0, REFUSAL_SHOWN - 1) + "\u2026";
    }

    /** At exit, on the JavaFX thread: no more tries at the server. */
    void stopTrying() {
        if (retry != null) {
            retry.stop();
        }
    }

    /** At exit: the sender stops (what waits stays in the file for the next start) and the server connection closes. */
    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
        if (workstation != null) {
            workstation.close();
        }
    }
}
