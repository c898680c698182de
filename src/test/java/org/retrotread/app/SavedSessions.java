package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.store.Client;
import org.retrotread.store.Database;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;

/** Finished sessions put into a test database through the real journal, as the console would have. */
final class SavedSessions {

    private SavedSessions() {
    }

    /**
     * Opens session {@code id}, lets {@code walk} drive the engine (with its clock), seals it with its summary.
     *
     * @param starterId or {@code versionId}: which plan record the session points at
     */
    static void finished(EventJournal journal, long id, Optional<Long> client, Optional<String> starterId, Optional<Long> versionId,
                         Plan plan, Instant openedAt, BiConsumer<SessionEngine, FakeClock> walk) {
        journal.open(new SessionOpening(id, client, starterId, versionId, plan, "Ana", SessionContext.anonymous(), openedAt));
        FakeClock clock = new FakeClock();
        SessionEngine engine = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.fixed(openedAt, ZoneOffset.UTC));
        engine.addListener(e -> journal.append(id, e));
        walk.accept(engine, clock);
        journal.seal(id, SummaryCalculator.summarise(plan, SessionContext.anonymous(), engine.events(), clock.now()));
        try {
            journal.awaitWritten(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A client (named {@code name}) with her own copy of the knee starter plan and its default progression,
     * after three sessions that ran at its baseline, the last one yesterday: her next start proposes a raise.
     * The sessions take ids from {@code firstId}.
     */
    static void dueARaise(Path database, String name, long firstId) throws Exception {
        try (Store store = Store.on(Database.open(database), Clock.offset(Clock.systemUTC(), Duration.ofDays(-3)))) {
            Client client = store.clients().add(Client.named(name));
            StarterPlans.Starter knee = StarterPlans.all(k -> k).get(3);
            SavedPlan plan = store.plans().save(Optional.empty(), knee.plan(), Optional.of(client.id()),
                    Optional.of(Progression.Rule.DEFAULT));
            try (EventJournal journal = store.startJournal()) {
                for (int day = 3; day >= 1; day--) {
                    Instant at = Instant.now().minus(Duration.ofDays(day)).plusSeconds(60);
                    finished(journal, firstId + 3 - day, Optional.of(client.id()), Optional.empty(), Optional.of(plan.latest().id()),
                            knee.plan(), at, (engine, clock) -> {
                                engine.handle(new Command.Start());
                                clock.advanceSeconds(400);          // two thirds of the ten minutes: it ran
                                engine.handle(new Command.End("enough for today"));
                            });
                }
            }
        }
    }
}
