package org.retrotread.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.Command;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.EventCodec;
import org.retrotread.store.EventRow;
import org.retrotread.store.PlanVersion;
import org.retrotread.store.RecordIds;
import org.retrotread.store.Store;

/**
 * Makes a clinic-sized database for benchmarks: {@code clients} clients, {@code sessions} sealed
 * sessions of {@code eventsPerSession} real engine events each, and one client with 500 sessions
 * (the history the benchmark loads). Run: see bench/store-bench.sh.
 */
public final class ClinicGenerator {

    public record Clinic(Path file, long busyClientId) {
    }

    private ClinicGenerator() {
    }

    /** Writes the clinic to a temporary file renamed into place at the end, so a half-made clinic is never reused. */
    public static Clinic generate(Path target, int clients, int sessions, int eventsPerSession) throws Exception {
        Path file = target.resolveSibling(target.getFileName() + ".generating");
        Files.deleteIfExists(file);
        Plan plan = new Plan("Bench ramp", TreadmillMode.POWERED,
                List.of(new RampBlock(Target.kmh(1), Target.kmh(6), Target.kmh(0.1), Duration.ofSeconds(20))),
                new PlanLimits(Speed.ofKmh(8), Speed.ofKmh(1)));
        List<EventRow> template = template(plan, eventsPerSession);
        long busy;
        try (Store store = Store.open(file)) {
            PlanVersion version = store.plans().create(plan);
            busy = store.clients().add(Client.named("Busy client")).id();
            for (int i = 1; i < clients; i++) {
                store.clients().add(Client.named("Client " + i));
            }
            try (Connection c = store.database().connect()) {
                c.setAutoCommit(false);
                insertSessions(c, version.id(), busy, clients, sessions, template);
                c.commit();
            }
        }
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        return new Clinic(target, busy);
    }

    /** One real session's events, made by the engine, reused for every generated session. */
    private static List<EventRow> template(Plan plan, int count) {
        long[] nanos = {0};
        SessionClock clock = () -> Duration.ofNanos(nanos[0]);
        SessionEngine engine = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.systemUTC());
        engine.handle(Command.Start.holdingRails(false));
        int i = 0;
        while (engine.events().size() < count - 1) {
            nanos[0] += 3_000_000_000L;
            engine.advance();
            engine.handle(i++ % 3 == 0 ? new Command.ConfirmPromptedSpeed() : Command.CheckIn.of(i % 11, i % 4));
        }
        engine.handle(new Command.End("benchmark"));
        List<EventRow> rows = new ArrayList<>();
        for (SessionEvent e : engine.events().subList(0, Math.min(count, engine.events().size()))) {
            rows.add(EventCodec.toRow(e));
        }
        return rows;
    }

    private static void insertSessions(Connection c, long planVersionId, long busy, int clients, int sessions,
                                       List<EventRow> template) throws SQLException {
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        try (PreparedStatement session = c.prepareStatement("INSERT INTO sessions (id, uuid, client_id, plan_version_id, mode, operator,"
                + " treadmill_max_speed_mps, opened_at, ended_at, ending, end_reason, sealed) VALUES (?, ?, ?, ?, 'POWERED', 'bench', 5.5,"
                + " ?, ?, 'ENDED_EARLY', 'benchmark', 0)");
             PreparedStatement seal = c.prepareStatement("UPDATE sessions SET sealed = 1 WHERE id = ?");
             PreparedStatement summary = c.prepareStatement("INSERT INTO session_summaries (session_id, active_ms, on_rails_ms,"
                     + " hands_free_ms, backward_m, max_backward_mps, pain_before, pain_after) VALUES (?, 600000, 60000, 540000, 500, 1.2, 3, 2)");
             PreparedStatement event = c.prepareStatement("INSERT INTO session_events (session_id, seq, uuid, at_ns, type, speed_mps, n1,"
                     + " n2, flag, label, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long id = 1; id <= sessions; id++) {
                // The busy client gets 500 sessions spread through the file, like a real three-times-a-week patient.
                long client = id % (sessions / 500) == 0 ? busy : 2 + id % (clients - 1);
                Instant opened = start.plus(Duration.ofMinutes(17 * id));
                String uuid = RecordIds.fresh();
                session.setLong(1, id);
                session.setString(2, uuid);
                session.setLong(3, client);
                session.setLong(4, planVersionId);
                session.setString(5, opened.toString());
                session.setString(6, opened.plusSeconds(600).toString());
                session.executeUpdate();
                summary.setLong(1, id);
                summary.executeUpdate();
                for (EventRow r : template) {
                    event.setLong(1, id);
                    event.setLong(2, r.seq());
                    event.setString(3, RecordIds.event(uuid, r.seq()));
                    event.setLong(4, r.atNanos());
                    event.setString(5, r.type());
                    event.setObject(6, r.speedMps());
                    event.setObject(7, r.n1());
                    event.setObject(8, r.n2());
                    event.setObject(9, r.flag());
                    event.setString(10, r.label());
                    event.setString(11, r.text());
                    event.addBatch();
                }
                event.executeBatch();
                seal.setLong(1, id); // as the app does: events first, then the seal that freezes them
                seal.executeUpdate();
            }
        }
    }

}
