package org.retrotread.store;

import java.time.Clock;
import java.util.Optional;
import org.retrotread.session.Command;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.StarterPlans;

/** The benchmarks' session: a starter plan opened as session 1 in {@code journal}, started, every event journalled. */
public final class BenchJournal {

    private BenchJournal() {
    }

    public static SessionEngine startedSession(EventJournal journal) {
        var starter = StarterPlans.all(k -> k).get(3);
        journal.open(new SessionOpening(1, Optional.empty(), Optional.of(starter.id()), Optional.empty(), starter.plan(), "bench",
                SessionContext.anonymous(), Clock.systemUTC().instant()));
        SessionEngine engine = new SessionEngine(starter.plan(), SessionContext.anonymous(), SessionClock.system(), Clock.systemUTC());
        engine.addListener(e -> journal.append(1, e));
        engine.handle(new Command.Start());
        return engine;
    }
}
