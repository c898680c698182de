package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.units.SpeedUnit;

/**
 * The rescue export comes back: a session exported while saving failed is imported whole, or completed where
 * the database has its start; a file changed by hand, a session already whole here, or one that differs from
 * the database is refused with the reason, and nothing is written.
 */
class SessionImportsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @TempDir
    Path dir;

    /** A finished session as the console has it in memory, for a client of this store. */
    private record Ran(SessionOpening opening, List<SessionEvent> events) {
    }

    private static Ran ran(Store store) throws Exception {
        Client client = store.clients().add(Client.named("Ana Weber"));
        SessionOpening opening = StoreFixtures.opening(1, Optional.of(client.id()), StoreFixtures.knee(), SessionContext.anonymous())
                .withClientUuid(store.clients().uuidOf(client.id()));
        FakeClock clock = new FakeClock();
        SessionEngine engine = new SessionEngine(opening.plan(), SessionContext.anonymous(), clock, StoreFixtures.WALL);
        StoreFixtures.runAFewMinutes(engine, clock);
        engine.handle(new Command.End("done"));
        return new Ran(opening, engine.events());
    }

    private Path export(Ran ran) throws Exception {
        Path file = dir.resolve("rescued " + System.nanoTime() + ".json");
        SessionExport.write(file, new SessionExport.Contents(ran.opening(), ran.events()));
        return file;
    }

    private static String refusal(Store store, Path file) {
        try {
            new SessionImports(store).importFile(file);
        } catch (SessionExport.Refused r) {
            return EN.format(r.reason());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("imported: " + file);
    }

    @Test
    void aSessionThatNeverReachedTheDatabaseComesBackWholeWithItsClient() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            Ran ran = ran(store);
            Path file = export(ran);
            SessionImports.Outcome outcome = new SessionImports(store).importFile(file);
            assertThat(outcome).isEqualTo(new SessionImports.Outcome(1, true, ran.events().size(), true, true));
            assertThat(store.sessions().events(1)).isEqualTo(ran.events());
            SessionRecord record = store.sessions().find(1).orElseThrow();
            assertThat(record.uuid()).isEqualTo(ran.opening().uuid());
            assertThat(record.sealed()).isTrue();
            assertThat(record.clientId()).isEqualTo(ran.opening().clientId());
            assertThat(store.sessions().history(ran.opening().clientId().orElseThrow())).hasSize(1);

            assertThat(refusal(store, file)).isEqualTo("The session in " + file + " is already in this database, whole; nothing was imported.");
        }
    }

    @Test
    void aSessionWhoseStartIsStoredIsCompleted() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            Ran ran = ran(store);
            try (EventJournal journal = store.startJournal()) {           // the first events went in, then saving failed
                journal.open(ran.opening());
                ran.events().subList(0, 4).forEach(e -> journal.append(1, e));
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            }
            SessionImports.Outcome outcome = new SessionImports(store).importFile(export(ran));
            assertThat(outcome.added()).isFalse();
            assertThat(outcome.eventsAdded()).isEqualTo(ran.events().size() - 4);
            assertThat(outcome.sealed()).isTrue();
            assertThat(store.sessions().events(1)).isEqualTo(ran.events());
        }
    }

    @Test
    void aFileChangedByHandIsRefusedAndNothingIsWritten() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            Ran ran = ran(store);
            String text = Files.readString(export(ran));
            for (String[] change : List.of(new String[] {"\"operator\": \"Operator Ana\"", "\"operator\": \"Someone Else\""},
                    new String[] {"\"n2\": 3", "\"n2\": 1"},                         // the pain before, lowered
                    new String[] {"\"text\": \"done\"", "\"text\": \"all fine\""})) {
                assertThat(text).contains(change[0]);
                Path altered = Files.writeString(dir.resolve("altered.json"), text.replaceFirst(change[0], change[1]));
                assertThat(refusal(store, altered)).isEqualTo(altered + " was changed after it was exported (its content does not"
                        + " match its check); nothing was imported.");
            }
            Path respaced = Files.writeString(dir.resolve("respaced.json"), text.replace("\n", "\n  "));
            assertThat(new SessionImports(store).importFile(respaced).added()).isTrue(); // the same content, spelt otherwise
        }
    }

    @Test
    void aSessionThatDiffersFromTheDatabaseIsRefused() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            Ran ran = ran(store);
            try (EventJournal journal = store.startJournal()) {
                journal.open(ran.opening());
                ran.events().subList(0, 3).forEach(e -> journal.append(1, e));
                journal.append(1, new NoteAdded(4, Duration.ZERO, "written by someone else"));
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            }
            Path file = export(ran);
            assertThat(refusal(store, file)).startsWith("The session in " + file + " is in this database with events that differ");
            assertThat(store.sessions().events(1)).hasSize(4);
        }
    }

    @Test
    void intoAnotherDatabaseItComesWithoutAClientItDoesNotKnowAndOnANewNumber() throws Exception {
        Path file;
        try (Store first = Store.open(dir.resolve("first.db"))) {
            file = export(ran(first));
        }
        try (Store other = Store.open(dir.resolve("other.db")); Connection c = other.database().connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO plans (uuid, created_at) VALUES ('" + RecordIds.fresh() + "', 'x')");
            s.execute("INSERT INTO plan_versions (uuid, plan_id, version, name, mode, body, created_at) SELECT '" + RecordIds.fresh()
                    + "', 1, 1, 'p', 'POWERED', '{}', 'x'");
            s.execute("INSERT INTO sessions (id, uuid, plan_version_id, mode, treadmill_max_speed_mps, opened_at) VALUES (1, '"
                    + RecordIds.fresh() + "', 1, 'POWERED', 5, '2026-01-01T09:00:00Z')"); // number 1 is taken here
            SessionImports.Outcome outcome = new SessionImports(other).importFile(file);
            assertThat(outcome.sessionId()).isEqualTo(2);
            assertThat(outcome.clientFound()).isFalse();
            assertThat(other.sessions().find(2).orElseThrow().clientId()).isEmpty();
        }
    }

    @Test
    void notAnExportNotAFileAndAnOldExportAreRefused() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            assertThat(refusal(store, dir)).endsWith("is not a regular file; nothing was read from it.");
            Path letter = Files.writeString(dir.resolve("letter.json"), "{\"dear\": \"sir\"}");
            assertThat(refusal(store, letter)).endsWith("is not a session exported by Retrotread; nothing was imported.");
            Path old = Files.writeString(dir.resolve("old.json"), "{\"format\": \"retrotread-session\", \"version\": 1, \"events\": []}");
            assertThat(refusal(store, old)).contains("exported by an older Retrotread");
        }
    }
}
