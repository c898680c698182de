package org.retrotread.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SessionOpening;

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
}
