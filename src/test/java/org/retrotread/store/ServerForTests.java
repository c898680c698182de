package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /** Stops the test server itself (a real outage), or starts it again; {@code start-if-stopped} after a test. */
    public static void control(String action) throws Exception {
        TestStores.serverControl(action);
    }

    /** The first column of every row {@code sql} finds in the database at {@code address}, as text. */
    public static List<String> column(String address, String sql) throws Exception {
        String name = address.substring(address.lastIndexOf('/') + 1).split("\\?")[0];
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(TestStores.server().jdbc(name), login()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
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
