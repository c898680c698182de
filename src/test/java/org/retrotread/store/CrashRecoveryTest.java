package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SummaryCalculator;

class CrashRecoveryTest {

    @TempDir
    Path dir;

    /** Runs a session, heartbeats it at 200 s of its clock, and "crashes": nothing is closed. */
    private List<SessionEvent> crashMidSession(Path file) throws Exception {
        try (Store store = Store.open(file); EventJournal journal = store.startJournal()) {
            FakeClock clock = new FakeClock();
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);    // last event at 135 s
            journal.heartbeat(1, Duration.ofSeconds(200), StoreFixtures.WALL.instant().plusSeconds(200));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            return engine.events();
        }
    }

    @Test
    void aLostSessionIsFoundRebuiltAndResumedWithTheDowntimeAsAPause() throws Exception {
        Path file = dir.resolve("retrotread.db");
        List<SessionEvent> before = crashMidSession(file);
        try (Store store = Store.open(file)) {
            List<CrashRecovery.Lost> lost = CrashRecovery.find(store);
            assertThat(lost).singleElement().satisfies(l -> {
                assertThat(l.events()).isEqualTo(before);
                assertThat(l.state().status()).isEqualTo(SessionStatus.RUNNING);
                assertThat(l.stoppedAt()).isEqualTo(Duration.ofSeconds(200));
            });
            Clock tenMinutesLater = Clock.fixed(StoreFixtures.WALL.instant().plusSeconds(200 + 600), ZoneOffset.UTC);
            List<SessionEvent> added = new ArrayList<>();
            SessionEngine engine = CrashRecovery.resume(lost.get(0), tenMinutesLater, added::add);
            // The ramp's step at 190 s happened while the app was alive (heartbeat at 200 s); then the pause.
            assertThat(added).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("SegmentEntered", "SpeedPrompted", "Paused");
            assertThat(added.get(0).at()).isEqualTo(Duration.ofSeconds(190));
            assertThat(added.get(2)).isInstanceOf(Paused.class).extracting(SessionEvent::at).isEqualTo(Duration.ofSeconds(200));
            assertThat(engine.state().status()).isEqualTo(SessionStatus.PAUSED);
            assertThat(engine.now()).isBetween(Duration.ofSeconds(800), Duration.ofSeconds(805));
            assertThat(engine.handle(new Command.Resume()).accepted()).isTrue();
            assertThat(engine.state().activeTime(engine.now())).isBetween(Duration.ofSeconds(200), Duration.ofSeconds(205));
        }
    }

    @Test
    void aLostSessionClosedAsInterruptedKeepsAllItsData() throws Exception {
        Path file = dir.resolve("retrotread.db");
        List<SessionEvent> before = crashMidSession(file);
        try (Store store = Store.open(file)) {
            CrashRecovery.Lost lost = CrashRecovery.find(store).get(0);
            List<SessionEvent> closing = CrashRecovery.closeAsInterrupted(lost, "app stopped");
            assertThat(closing).hasSize(3).last().isInstanceOfSatisfying(SessionEnded.class, e -> {
                assertThat(e.ending()).isEqualTo(SessionEnded.Ending.INTERRUPTED);
                assertThat(e.at()).isEqualTo(Duration.ofSeconds(200));
            });
            try (EventJournal journal = store.startJournal()) {
                closing.forEach(e -> journal.append(1, e));
                List<SessionEvent> all = new ArrayList<>(before);
                all.addAll(closing);
                journal.seal(1, SummaryCalculator.summarise(lost.plan(), lost.record().context(), all, lost.stoppedAt()));
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            }
            assertThat(CrashRecovery.find(store)).isEmpty();
            assertThat(store.sessions().events(1)).startsWith(before.toArray(SessionEvent[]::new)).hasSize(before.size() + 3);
            assertThat(store.sessions().find(1).orElseThrow().ending()).contains(SessionEnded.Ending.INTERRUPTED);
        }
    }

    @Test
    void aSessionThatHadEndedIsSimplySealed() throws Exception {
        Path file = dir.resolve("retrotread.db");
        try (Store store = Store.open(file); EventJournal journal = store.startJournal()) {
            FakeClock clock = new FakeClock();
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("done"));         // the app stops on the summary screen, before sealing
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
        try (Store store = Store.open(file)) {
            assertThat(CrashRecovery.find(store)).isEmpty();
            assertThat(store.sessions().find(1).orElseThrow().sealed()).isTrue();
            assertThat(store.sessions().history(0)).isEmpty();
        }
    }

}
