package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;

class DatabaseTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("data").resolve("retrotread.db");
    }

    @Test
    void aNewDatabaseIsOwnerOnlyInWalModeWithEveryWriteSynced() throws Exception {
        try (Database database = Database.open(db()); Connection c = database.connect()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db().getParent()))).isEqualTo("rwx------");
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(c, "user_version")).isEqualTo(String.valueOf(Migration.latest(Migration.ALL)));
            assertThat(database.access()).isEqualTo(Database.Access.READ_WRITE);
            assertThat(database.migrationBackup()).isEmpty();
        }
        try (Database again = Database.open(db())) {
            assertThat(again.migrationBackup()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedByNameAndLeftAlone() throws Exception {
        Files.createDirectories(db().getParent());
        Files.writeString(db(), "name,speed\nZo\u00eb,2.5\n");
        String before = hash(db());
        assertProblem(StoreProblem.Kind.NOT_A_DATABASE);
        assertThat(hash(db())).isEqualTo(before);
        String text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR).format(problem().message());
        assertThat(text).contains(db().toString()).contains("left exactly as it is");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(db().getParent());
        List<List<String>> others = List.of(
                List.of("PRAGMA application_id = 1196444237", "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)"), // "GPKG"
                List.of("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),               // no id, not our tables
                List.of("PRAGMA user_version = 3", "CREATE TABLE sessions (id INTEGER PRIMARY KEY)"), // a version of its own
                List.of("PRAGMA application_id = 7"));                                              // empty, but someone's
        for (List<String> other : others) {
            Files.deleteIfExists(db());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
                for (String statement : other) {
                    s.execute(statement);
                }
            }
            String before = hash(db());
            assertThat(problem().kind()).as(other.toString()).isEqualTo(StoreProblem.Kind.NOT_A_DATABASE);
            assertThat(hash(db())).as(other.toString()).isEqualTo(before);
            Path backupOfIt = dir.resolve("backup-" + others.indexOf(other) + ".db");
            Files.copy(db(), backupOfIt);
            assertThatThrownBy(() -> Backups.verify(backupOfIt)).as("restoring " + other).isInstanceOf(StoreProblem.class);
        }
    }

    @Test
    void aDatabaseFromBeforeApplicationIdsIsAdoptedAndANewOneMarked() throws Exception {
        try (Database database = Database.open(db(), Migration.ALL.subList(0, 4), Clock.systemUTC()); Connection c = database.connect()) {
            assertThat(pragma(c, "application_id")).isEqualTo("0");
        }
        try (Database database = Database.open(db()); Connection c = database.connect()) {
            assertThat(Integer.parseInt(pragma(c, "application_id"))).isEqualTo(Database.APPLICATION_ID);
        }
    }

    @Test
    void aQuestionMarkOrHashInTheFileNameIsPartOfTheName() throws Exception {
        Path odd = dir.resolve("clinic?mode=ro&cache=shared#1 100%.db");
        try (Store store = Store.open(odd)) {
            store.clients().add(Client.named("Named Oddly"));
        }
        assertThat(Files.size(odd)).isPositive();
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("clinic?")).toList()).isEmpty();
        }
        try (Store again = Store.open(odd)) {
            assertThat(again.clients().list(false)).extracting(Client::name).containsExactly("Named Oddly");
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedAndLeftAlone() throws Exception {
        try (Store store = Store.open(db())) {
            for (int i = 0; i < 200; i++) {
                store.clients().add(Client.named("Client " + i + " " + "x".repeat(200)));
            }
        }
        byte[] bytes = Files.readAllBytes(db());
        for (int page = 1; page * 4096 < bytes.length; page++) {
            for (int i = 0; i < 12; i++) {
                bytes[page * 4096 + i] = (byte) 0x5a; // scribble over every b-tree page header after the first
            }
        }
        Files.write(db(), bytes);
        String before = hash(db());
        assertProblem(StoreProblem.Kind.DAMAGED);
        assertThat(hash(db())).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerRetrotreadIsRefusedAndLeftAlone() throws Exception {
        try (Database database = Database.open(db()); Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = hash(db());
        long modified = Files.getLastModifiedTime(db()).toMillis();
        assertProblem(StoreProblem.Kind.NEWER_VERSION);
        assertThat(hash(db())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db()).toMillis()).isEqualTo(modified);
    }

    @Test
    void aCopyIsTakenBeforeMigratingAndAFailedStepChangesNothing() throws Exception {
        try (Database v1 = Database.open(db(), List.of(Migration.ALL.get(0)), Clock.systemUTC()); Connection c = v1.connect();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO clients (name, created_at) VALUES ('Ørjan', '2026-01-01T00:00:00Z')");
        }
        List<Migration> withV2 = List.of(Migration.ALL.get(0), new Migration(2, "/org/retrotread/store/test-V2__ok.sql"));
        try (Database migrated = Database.open(db(), withV2, Clock.systemUTC())) {
            Path copy = migrated.migrationBackup().orElseThrow();
            assertThat(copy.getFileName().toString()).startsWith("retrotread.db.v1-").endsWith(".bak");
            try (Connection old = Database.connect(copy, Database.Access.READ_ONLY, false)) {
                assertThat(pragma(old, "user_version")).isEqualTo("1");
                assertThat(pragma(old, "integrity_check")).isEqualTo("ok");
            }
            try (Connection now = migrated.connect()) {
                assertThat(pragma(now, "user_version")).isEqualTo("2");
            }
        }
        List<Migration> broken = List.of(Migration.ALL.get(0), new Migration(2, "/org/retrotread/store/test-V2__ok.sql"),
                new Migration(3, "/org/retrotread/store/test-V3__broken.sql"));
        assertThatThrownBy(() -> Database.open(db(), broken, Clock.systemUTC())).isInstanceOf(StoreProblem.class);
        try (Database database = Database.open(db(), withV2, Clock.systemUTC()); Connection c = database.connect()) {
            assertThat(pragma(c, "user_version")).isEqualTo("2");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM clients")) {
                assertThat(r.getString(1)).isEqualTo("Ørjan");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_made'")) {
                assertThat(r.getInt(1)).isZero(); // the broken step's first statement was rolled back too
            }
        }
    }

    @Test
    void aVersionOneDatabaseIsCopiedThenBroughtUpToDate() throws Exception {
        try (Database v1 = Database.open(db(), List.of(Migration.ALL.get(0)), Clock.systemUTC()); Connection c = v1.connect();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO clients (name, created_at) VALUES ('From version 1', '2026-01-01T00:00:00Z')");
        }
        try (Store store = Store.open(db())) {
            Path copy = store.database().migrationBackup().orElseThrow();
            assertThat(copy.getFileName().toString()).startsWith("retrotread.db.v1-");
            assertThat(store.clients().list(true)).extracting(Client::name).containsExactly("From version 1");
            long id = store.clients().list(true).get(0).id();
            store.walkTests().add(id, LocalDate.of(2026, 11, 20), Duration.ofMillis(5_230), "none", "");
            try (Connection c = store.database().connect()) {
                assertThat(pragma(c, "user_version")).isEqualTo(String.valueOf(Migration.latest(Migration.ALL)));
            }
        }
    }

    @Test
    void versionThreeRecoversTheEffortOfSessionsSealedBeforeIt() throws Exception {
        try (Database v2 = Database.open(db(), Migration.ALL.subList(0, 2), Clock.systemUTC()); Connection c = v2.connect();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO plans (id, created_at) VALUES (1, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO plan_versions (plan_id, version, name, mode, body, created_at) VALUES (1, 1, 'Old', 'POWERED',"
                    + " '{}', '2026-01-01T00:00:00Z')");
            for (int id = 1; id <= 2; id++) {
                s.execute("INSERT INTO sessions (id, plan_version_id, mode, treadmill_max_speed_mps, opened_at, sealed) VALUES ("
                        + id + ", 1, 'POWERED', 4, '2026-01-0" + id + "T10:00:00Z', 1)");
            }
            // RPE 6 for 7.5 minutes, and a session with no effort rating
            s.execute("INSERT INTO session_summaries (session_id, active_ms, on_rails_ms, hands_free_ms, backward_m, session_load)"
                    + " VALUES (1, 450000, 0, 0, 0, 45.0), (2, 300000, 0, 0, 0, NULL)");
        }
        try (Store store = Store.open(db()); Connection c = store.database().connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT group_concat(coalesce(rpe, '-'), ',') FROM session_summaries ORDER BY session_id")) {
            assertThat(r.getString(1)).isEqualTo("6,-");
        }
    }

    @Test
    void aSecondInstanceIsRefusedUntilTheFirstCloses() throws Exception {
        Database first = Database.open(db());
        try {
            assertProblem(StoreProblem.Kind.IN_USE);
        } finally {
            first.close();
        }
        Database.open(db()).close();
    }

    @Test
    void aReadOnlyDatabaseOpensForReadingOnly() throws Exception {
        try (Store store = Store.open(db())) {
            store.clients().add(Client.named("Read Only"));
        }
        try (HostileDisk disk = new HostileDisk()) {
            disk.makeReadOnly(db());
            try (Store store = Store.open(db())) {
                assertThat(store.database().access()).isEqualTo(Database.Access.READ_ONLY);
                assertThat(store.clients().list(true)).extracting(Client::name).containsExactly("Read Only");
                assertThatThrownBy(() -> store.clients().add(Client.named("Nope"))).isInstanceOf(SQLException.class);
                assertThatThrownBy(store::startJournal).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void aReadOnlyFolderOpensAnExistingDatabaseForReading() throws Exception {
        try (Store store = Store.open(db())) {
            store.clients().add(Client.named("In a locked folder"));
        }
        try (HostileDisk disk = new HostileDisk()) {
            disk.makeReadOnly(db().getParent());
            try (Store store = Store.open(db())) {
                assertThat(store.database().readOnly()).isTrue();
                assertThat(store.clients().list(true)).hasSize(1);
            }
        }
    }

    @Test
    void noDatabaseCanBeMadeWhereTheFolderCannotBe() throws Exception {
        Files.writeString(dir.resolve("data"), "a file where the folder should be");
        assertProblem(StoreProblem.Kind.CANNOT_CREATE);
    }

    @Test
    void everyProblemHasWordsInEveryLanguage() {
        for (StoreProblem.Kind kind : StoreProblem.Kind.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                String text = new Messages(language, SpeedUnit.KILOMETRES_PER_HOUR)
                        .format(new StoreProblem(kind, db()).message());
                assertThat(text).as("%s in %s", kind, language).contains(db().toString()).doesNotStartWith("[");
            }
        }
    }

    private StoreProblem problem() {
        try {
            Database.open(db()).close();
        } catch (StoreProblem p) {
            return p;
        }
        throw new AssertionError("opened without a problem");
    }

    private void assertProblem(StoreProblem.Kind kind) {
        StoreProblem p = problem();
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.file()).isEqualTo(db());
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.getString(1);
        }
    }

    static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
