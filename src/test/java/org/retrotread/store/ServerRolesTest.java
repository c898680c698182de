package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;

/**
 * The two groups on a real server, set up by the administrator's own script (packaging/clinic-server): a clinician
 * does the day's work and is refused the administrators' (archiving, settings, changing a library plan), each
 * forbidden write tried; every author is the login that wrote it, whatever name was typed.
 */
class ServerRolesTest {

    @TempDir
    Path dir;
    private final TestStores.Server test = TestStores.server();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String database = "rt_roles_" + suffix;
    private final String ana = "ana_" + suffix;
    private final String ben = "ben_" + suffix;
    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void drop() throws Exception {
        stores.forEach(Store::close);
        test.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        test.admin("DROP ROLE IF EXISTS " + ana);
        test.admin("DROP ROLE IF EXISTS " + ben);
    }

    /** The administrator's set-up, as setup.sql does it with psql: roles.sql, the database, its schema's rights. */
    private void setUp() throws Exception {
        test.admin(Files.readString(Path.of("packaging/clinic-server/roles.sql")));
        List<String> statements = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging/clinic-server/setup.sql"))) {
            if (!line.startsWith("--") && !line.startsWith("\\") && !line.isBlank()) {
                statements.add(line.replace("DATABASE retrotread ", "DATABASE " + database + " ").replace(";", ""));
            }
        }
        assertThat(statements.get(0)).startsWith("CREATE DATABASE " + database);
        test.admin(statements.get(0));
        try (Connection c = DriverManager.getConnection(test.jdbc(database), test.login()); Statement s = c.createStatement()) {
            for (String statement : statements.subList(1, statements.size())) {
                s.execute(statement);
            }
        }
        test.admin("CREATE ROLE " + ana + " LOGIN PASSWORD 'ana-pw' IN ROLE retrotread_clinician");
        test.admin("CREATE ROLE " + ben + " LOGIN PASSWORD 'ben-pw' IN ROLE retrotread_admin");
    }

    private Store as(String user, String password) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        Store store = Store.onServer(ClinicServer.open(test.address(database), login), StoreFixtures.WALL);
        stores.add(store);
        return store;
    }

    @Test
    void aClinicianDoesTheDaysWorkAndIsRefusedTheAdministratorsWrites() throws Exception {
        setUp();
        assertThatThrownBy(() -> as(ana, "ana-pw")).as("a clinician may not make the tables")
                .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.NOT_SET_UP));
        Store admin = as(ben, "ben-pw");                                  // the first administrator's sign-in makes them
        Store clinician = as(ana, "ana-pw");

        Client zoe = clinician.clients().add(Client.named("Zoë"));
        clinician.clients().update(zoe, new Client(zoe.id(), "Zoë Müller", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", false));
        assertThat(clinician.audit().all()).extracting(AuditTrail.Entry::author).containsOnly(ana);

        TestStores.Opened asAna = new TestStores.Opened(clinician, Dialect.POSTGRESQL, null, null, () -> { });
        try (SessionWriter journal = SessionWriter.of(asAna)) {
            journal.finishedSession(1, Optional.of(zoe.id()));
        }
        Amendment a = clinician.sessions().amend(1, "Dr Somebody Else", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "2"));
        assertThat(a.author()).as("the login, not the typed name").isEqualTo(ana);
        assertThat(clinician.sessions().integrity(1)).isEqualTo(SealChain.Integrity.INTACT);

        assertThatThrownBy(() -> clinician.clients().archive(zoe.id())).satisfies(ServerRolesTest::notAllowed);
        assertThatThrownBy(() -> clinician.settings().setTheme("dark")).satisfies(ServerRolesTest::notAllowed);
        PlanVersion library = clinician.plans().create(StoreFixtures.knee().plan());          // a new plan: allowed
        Plan longer = new Plan("Knee, longer", library.plan().mode(), library.plan().blocks(), library.plan().limits());
        assertThatThrownBy(() -> clinician.plans().saveVersion(library.planId(), longer)).satisfies(ServerRolesTest::notAllowed);
        // A home visit's laptop that changed a library plan: brought in by the clinician, that version stays behind, said.
        try (Store visit = Store.open(dir.resolve("visit.db")); Connection v = visit.database().connect()) {
            ReadCopy.refresh(clinician.connection(), v, StoreFixtures.WALL);
            long copied = visit.plans().library().stream().filter(p -> p.latest().plan().name().equals(library.plan().name()))
                    .findFirst().orElseThrow().planId();
            visit.plans().saveVersion(copied, longer);
            ClinicImport.Report report = ClinicImport.run(v, clinician.connection(), StoreFixtures.WALL, "visit.db");
            assertThat(report.skipped()).extracting(ClinicImport.Line::outcome).containsExactly("import.skipped.planNotAllowed");
        }
        try (Connection c = DriverManager.getConnection(test.jdbc(database), login(ana, "ana-pw")); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO audit_trail (uuid, at, author, action, chain_sha256) VALUES ('"
                    + UUID.randomUUID() + "', 'now', 'mallory', 'CLIENT_ADDED', 'x')")).satisfies(ServerRolesTest::notAllowed);
            assertThatThrownBy(() -> s.execute("DELETE FROM sessions")).satisfies(ServerRolesTest::notAllowed);
            assertThatThrownBy(() -> s.execute("UPDATE sessions SET operator = 'x'")).satisfies(ServerRolesTest::notAllowed);
            assertThatThrownBy(() -> s.execute("DROP TABLE session_events")).satisfies(ServerRolesTest::notAllowed);
        }

        admin.clients().archive(zoe.id());
        admin.settings().setTheme("dark");
        assertThat(admin.plans().saveVersion(library.planId(), longer).version()).isEqualTo(2);
    }

    private static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    private static void notAllowed(Throwable t) {
        Throwable e = t;
        while (e != null && !(e instanceof SQLException)) {
            e = e.getCause();
        }
        assertThat(e).as(String.valueOf(t)).isInstanceOf(SQLException.class);
        assertThat(((SQLException) e).getSQLState()).as(e.getMessage()).isIn("42501", "23001");
    }
}
