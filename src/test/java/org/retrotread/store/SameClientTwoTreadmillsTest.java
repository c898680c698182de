package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One client, two treadmills, the same hour: two workstations, each with its copy of the clinic's records, run a
 * session for her at once. Both sessions are kept, both with her one record on the server; neither replaces the other.
 */
class SameClientTwoTreadmillsTest extends LaptopAndServer {

    @Test
    void twoSessionsOfOneClientAtOnceAreBothKept() throws Exception {
        openBoth();
        Client zoe = server.store().clients().add(Client.named("Zoë Müller"));
        TestStores.Opened room3 = TestStores.open(Dialect.SQLITE, Files.createDirectories(dir.resolve("room3")), StoreFixtures.WALL);
        try (room3) {
            for (TestStores.Opened workstation : List.of(laptop, room3)) {
                try (Connection c = workstation.raw().connect()) {
                    ReadCopy.refresh(server.store().connection(), c, StoreFixtures.WALL);
                }
            }
            try (SessionWriter one = SessionWriter.of(laptop); SessionWriter three = SessionWriter.of(room3)) {
                long inRoom1 = copyOf(laptop, "Zoë Müller");
                long inRoom3 = copyOf(room3, "Zoë Müller");
                one.finishedSession(1, Optional.of(inRoom1));
                three.finishedSession(1, Optional.of(inRoom3));
            }
            try (ServerSender a = ServerSender.start(laptop.store().database(), server.clinic(), Clock.systemUTC());
                 ServerSender b = ServerSender.start(room3.store().database(), server.clinic(), Clock.systemUTC())) {
                long end = System.nanoTime() + 20_000_000_000L;
                while (server.store().sessions().history(zoe.id()).size() < 2 || !a.backlog().clear() || !b.backlog().clear()) {
                    assertThat(System.nanoTime()).as("both pushed").isLessThan(end);
                    Thread.sleep(50);
                }
            }
            assertThat(server.store().clients().list(true)).hasSize(1);
            assertThat(server.store().sessions().history(zoe.id())).hasSize(2);
            assertIntact(server.store(), zoe.id());
        }
    }

    private static long copyOf(TestStores.Opened workstation, String name) throws Exception {
        return workstation.store().clients().list(true).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
