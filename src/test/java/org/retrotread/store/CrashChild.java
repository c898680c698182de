package org.retrotread.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import org.retrotread.session.Command;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;

/**
 * The process {@link CrashKillTest} kills: runs a session as fast as an operator never could,
 * journaling every event, and prints "E seq epochMillis" as each event is made (before it is on disk).
 * Arguments: the database, a random seed, and optionally how long the console waits open before the start (ms),
 * and a clinic server's address, user and password: then a {@link ServerSender} pushes to it as the app's does.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Starts this in a JVM of its own on {@code file}, with the arguments after it (see the class comment). */
    static Process start(Path file, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), file.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        Plan plan = new Plan("Crash test", TreadmillMode.POWERED,
                List.of(new RampBlock(Target.kmh(1), Target.kmh(6), Target.kmh(0.1), Duration.ofMillis(5_000))),
                new PlanLimits(Speed.ofKmh(8), Speed.ofKmh(1)));
        Store store = Store.open(file);
        EventJournal journal = store.startJournal();
        if (args.length > 5) {
            Properties login = new Properties();
            login.setProperty("user", args[4]);
            login.setProperty("password", args[5]);
            // the server may be down: the sender is started on its address alone, as a workstation in an outage starts
            ServerSender sender = ServerSender.start(store.database(), ClinicServer.at(args[3], login), Clock.systemUTC());
            journal.addWrittenListener(sender::nudge);
            out.println("SENDER");
        }
        long id = store.sessions().nextId();
        journal.open(new SessionOpening(id, Optional.empty(), Optional.empty(), Optional.empty(), plan, "crash", SessionContext.anonymous(),
                Clock.systemUTC().instant()));
        SessionEngine engine = new SessionEngine(plan, SessionContext.anonymous(), SessionClock.system(), Clock.systemUTC());
        engine.addListener(e -> {
            journal.append(id, e);
            out.println("E " + e.seq() + " " + System.currentTimeMillis());
        });
        if (args.length > 2) {
            Thread.sleep(Long.parseLong(args[2])); // the console open before the start, as an operator waits for the walker
        }
        out.println("SESSION " + id);
        engine.handle(Command.Start.holdingRails(true)); // the plan opens with a ramp: the rails are asked about
        long lastBeat = 0;
        while (true) {
            Thread.sleep(random.nextInt(15));
            engine.advance();
            switch (random.nextInt(6)) {
                case 0 -> engine.handle(new Command.EnterSpeed(Speed.ofKmh(1 + random.nextInt(60) / 10.0), true));
                case 1 -> engine.handle(new Command.AddNote("note " + random.nextInt()));
                case 2 -> engine.handle(Command.CheckIn.of(random.nextInt(11), random.nextInt(11)));
                case 3 -> engine.handle(engine.state().isRunning() ? new Command.Pause() : new Command.Resume());
                case 4 -> engine.handle(engine.state().handsOnRails() ? new Command.HandsOff() : new Command.HandsBackOnRails());
                default -> engine.handle(new Command.ConfirmPromptedSpeed());
            }
            if (System.currentTimeMillis() - lastBeat > 200) {
                journal.heartbeat(id, engine.now(), Clock.systemUTC().instant());
                lastBeat = System.currentTimeMillis();
            }
        }
    }
}
