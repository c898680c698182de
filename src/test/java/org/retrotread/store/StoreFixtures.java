package org.retrotread.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;

/** Plans and sessions the store tests share. */
final class StoreFixtures {

    static final Clock WALL = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static StarterPlans.Starter knee() {
        return StarterPlans.all(key -> key).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst().orElseThrow();
    }

    static SessionOpening opening(long id, Optional<Long> clientId, StarterPlans.Starter starter, SessionContext context) {
        return new SessionOpening(id, clientId, Optional.of(starter.id()), Optional.empty(), starter.plan(), "Operator Ana",
                context, WALL.instant());
    }

    /** An engine whose every event goes to the journal, as the console wires it. */
    static SessionEngine journaled(EventJournal journal, long sessionId, Plan plan, SessionContext context, SessionClock clock) {
        SessionEngine engine = new SessionEngine(plan, context, clock, WALL);
        engine.addListener(e -> journal.append(sessionId, e));
        return engine;
    }

    static void runAFewMinutes(SessionEngine engine, FakeClock clock) {
        engine.handle(Command.CheckIn.of(0, 3));
        engine.handle(new Command.Start());
        engine.handle(new Command.ConfirmPromptedSpeed());
        clock.advanceSeconds(70);
        engine.handle(new Command.HandsOff());
        engine.handle(new Command.ConfirmPromptedSpeed());
        clock.advanceSeconds(65);
        engine.advance();
        engine.handle(new Command.AddNote("Zoë \"ok\"; DROP TABLE sessions; --"));
    }
}
