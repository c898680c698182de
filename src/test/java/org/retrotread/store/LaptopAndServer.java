package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The two stores the clinic-server tests move records between: a laptop's (or workstation's) file and a server's database. */
abstract class LaptopAndServer {

    @TempDir
    Path dir;
    TestStores.Opened laptop;
    TestStores.Opened server;

    /** Opens the server's database first (a test without a server stops here, skipped or failed as TestStores says). */
    void openBoth() throws Exception {
        server = TestStores.open(Dialect.POSTGRESQL, dir, StoreFixtures.WALL);
        laptop = TestStores.open(Dialect.SQLITE, dir, StoreFixtures.WALL);
    }

    @AfterEach
    void closeBoth() throws Exception {
        TestStores.closeAll(laptop, server);
    }

    /** Every session of a client's history in {@code store} checks out against its seal and chain. */
    static void assertIntact(Store store, long clientId) throws SQLException {
        for (HistoryRow row : store.sessions().history(clientId)) {
            assertThat(store.sessions().integrity(row.sessionId())).as("session " + row.sessionId()).isEqualTo(SealChain.Integrity.INTACT);
        }
    }
}
