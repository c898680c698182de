package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations (two JVMs, each with its own file and sender) run sessions into one clinic server at the same
 * time: both sessions arrive whole, nothing lost, nothing doubled, however the pushes interleave.
 */
class TwoWorkstationsTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsPushingAtOnceLoseAndDoubleNothing() throws Exception {
        TestStores.Server test = TestStores.server();
        try (TestStores.Opened clinic = TestStores.open(Dialect.POSTGRESQL, dir, StoreFixtures.WALL)) {
            String address = "postgresql://" + clinic.clinic().label();
            Path room1 = dir.resolve("room1.db");
            Path room3 = dir.resolve("room3.db");
            Process a = CrashChild.start(room1, "11", "0", address, test.login().getProperty("user"), test.login().getProperty("password"));
            Process b = CrashChild.start(room3, "13", "0", address, test.login().getProperty("user"), test.login().getProperty("password"));
            Thread readA = drain(a);
            Thread readB = drain(b);
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (sessionsOnServer(clinic) < 2 || eventsOnServer(clinic) < 400) {   // both pushing, interleaved
                assertThat(System.nanoTime()).as("both workstations' pushes on the server").isLessThan(end);
                Thread.sleep(100);
            }
            a.destroyForcibly();
            b.destroyForcibly();
            a.waitFor();
            b.waitFor();
            readA.join(5000);
            readB.join(5000);

            long expected = 0;
            for (Path file : new Path[] {room1, room3}) {   // each workstation restarted: the rest of its session pushed
                try (Store workstation = Store.open(file);
                     ServerSender sender = ServerSender.start(workstation.database(), clinic.clinic(), Clock.systemUTC())) {
                    int local = workstation.sessions().events(1).size();
                    String uuid = workstation.sessions().find(1).orElseThrow().uuid();
                    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (!(sender.backlog().clear() && clinic.store().sessions().findByUuid(uuid).isPresent()
                            && clinic.store().sessions().events(clinic.store().sessions().findByUuid(uuid).get().id()).size() == local)) {
                        assertThat(System.nanoTime()).as("pushed after the restart").isLessThan(until);
                        Thread.sleep(100);
                    }
                    long serverId = clinic.store().sessions().findByUuid(uuid).get().id();
                    assertThat(clinic.store().sessions().events(serverId)).isEqualTo(workstation.sessions().events(1));
                    expected += local;
                }
            }
            assertThat(sessionsOnServer(clinic)).isEqualTo(2);
            assertThat(eventsOnServer(clinic)).isEqualTo(expected);
        }
    }

    private static Thread drain(Process p) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while (r.readLine() != null) {
                    // the child's lines are not needed here: the server says what arrived
                }
            } catch (Exception ignored) {
                // the child was killed
            }
        });
        t.start();
        return t;
    }

    private static long sessionsOnServer(TestStores.Opened clinic) throws Exception {
        return count(clinic, "SELECT COUNT(*) FROM sessions");
    }

    private static long eventsOnServer(TestStores.Opened clinic) throws Exception {
        return count(clinic, "SELECT COUNT(*) FROM session_events");
    }

    private static long count(TestStores.Opened clinic, String sql) throws Exception {
        try (Connection c = clinic.raw().connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
