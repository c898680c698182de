package org.retrotread.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/** The test server as tests outside the store see it: a fresh database's address, the login, and a laptop to move in. */
public final class ServerForTests {

    private ServerForTests() {
    }

    /** A new, empty database on the test server (skipped or failed as {@link TestStores#server} says): its address. */
    public static String freshDatabase() throws Exception {
        String name = "rt_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestStores.server().admin("CREATE DATABASE " + name);
        return TestStores.server().address(name);
    }

    public static void drop(String address) throws Exception {
        String name = address.substring(address.lastIndexOf('/') + 1).split("\\?")[0];
        TestStores.server().admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static Properties login() {
        return TestStores.server().login();
    }

    /** A laptop's database with one client, "Zoë Müller", and two finished sessions of hers. */
    public static void laptop(Path file) throws Exception {
        try (Store store = Store.open(file)) {
            Client zoe = store.clients().add(Client.named("Zoë Müller"));
            TestStores.Opened opened = new TestStores.Opened(store, Dialect.SQLITE, () -> store.database().connect(), null, () -> { });
            try (SessionWriter journal = SessionWriter.of(opened)) {
                journal.finishedSession(1, Optional.of(zoe.id()));
                journal.finishedSession(2, Optional.of(zoe.id()));
            }
        }
    }
}
