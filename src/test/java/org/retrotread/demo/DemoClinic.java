package org.retrotread.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.Database;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;

/**
 * A small, believable clinic for screenshots: one client six weeks into a knee programme kept for
 * her, three sessions most weeks (one week missed), run through the real engine with her weekly
 * progression applied, pain easing and effort steady, and three walk tests. Run by docs/screenshots/take.sh.
 */
public final class DemoClinic {

    private DemoClinic() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Instant today = Instant.now();
        Instant start = today.minus(Duration.ofDays(40));
        Clock back = Clock.fixed(start, ZoneOffset.UTC);
        Client amrit;
        SavedPlan plan;
        try (Store store = Store.on(Database.open(file), back)) {
            amrit = store.clients().add(new Client(0, "Amrit Kaur", Optional.of("PT-2041"), Optional.of(LocalDate.of(1958, 3, 14)),
                    Optional.of(new BodyMass(68)), Optional.of(Speed.ofKmh(3.5)), "Left knee OA; walks with a stick outdoors.", false));
            Plan knee = StarterPlans.all(k -> k).get(3).plan();
            plan = store.plans().save(Optional.empty(), new Plan("Amrit: knee, three a week", knee.mode(), knee.blocks(), knee.limits(), 3),
                    Optional.of(amrit.id()), Optional.of(Progression.Rule.DEFAULT));
            store.walkTests().add(amrit.id(), LocalDate.ofInstant(start, ZoneOffset.UTC), Duration.ofMillis(7_900), "stick", "");
        }
        int[] days = {0, 2, 4, 7, 9, 11, 14, 16, 28, 30, 32, 35, 37, 39};
        int id = 1;
        for (int day : days) {
            Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
            Clock then = Clock.fixed(at, ZoneOffset.UTC);
            try (Store store = Store.on(Database.open(file), then)) {
                int painBefore = Math.max(1, 5 - day / 9);
                runSession(store, id++, amrit, store.plans().saved(plan.planId()).orElseThrow(), at, painBefore, 4 + (day % 3 == 0 ? 1 : 0));
                if (day == 39) { // the last pain score was typed wrongly; the clinician corrects it a week on
                    store.sessions().amend(id - 1, "Dr Ana Lima", "the patient said 3, typed as 0",
                            Correction.of(CorrectedField.PAIN_AFTER, "3"));
                    store.clients().update(store.clients().find(amrit.id()).orElseThrow(), new Client(amrit.id(), "Amrit Kaur", Optional.of("PT-2041"), Optional.of(LocalDate.of(1958, 3, 14)),
                            Optional.of(new BodyMass(67)), Optional.of(Speed.ofKmh(4)), "Left knee OA; walks with a stick outdoors.", false));
                }
                if (day == 14 || day == 39) {
                    store.walkTests().add(amrit.id(), LocalDate.ofInstant(at, ZoneOffset.UTC),
                            Duration.ofMillis(day == 14 ? 6_600 : 5_200), day == 14 ? "stick" : "none", "");
                }
            }
        }
    }

    private static void runSession(Store store, long id, Client client, SavedPlan plan, Instant at, int painBefore, int rpe)
            throws Exception {
        // The clinician accepts every raise the rule proposes (the demo's client does well).
        Progression.Assessment assessment = store.plans().assess(plan, client.maxSpeed(), Progression.Policy.DEFAULT);
        Progression progression = assessment.proposal().isPresent() ? assessment.accept() : assessment.asIs();
        Plan run = progression.plan();
        SessionContext context = new SessionContext(client.maxSpeed(), Speed.ofKmh(16), client.bodyMass());
        try (EventJournal journal = store.startJournal()) {
            journal.open(new SessionOpening(id, Optional.of(client.id()), Optional.empty(), Optional.of(plan.latest().id()), run, "Ana",
                    context, at, Optional.of(progression)));
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(run, context, clock, Clock.fixed(at, ZoneOffset.UTC));
            engine.addListener(e -> journal.append(id, e));
            engine.handle(Command.CheckIn.of(1, painBefore));
            engine.handle(new Command.Start());
            for (int step = 0; step < 200 && engine.state().isRunning(); step++) {
                if (engine.state().pendingPrompt().isPresent()) {
                    engine.handle(new Command.ConfirmPromptedSpeed());
                }
                if (engine.state().handsOffDue(clock.now())) {
                    engine.handle(new Command.HandsOff());
                }
                if (step == 90) { // near the end: how hard it was, and the pain now
                    engine.handle(Command.CheckIn.of(rpe, Math.max(0, painBefore - 1)));
                }
                clock.advanceSeconds(5);
                engine.advance();
            }
            if (engine.state().isRunning()) {
                engine.handle(new Command.End("planned session done"));
            }
            journal.seal(id, SummaryCalculator.summarise(run, context, engine.events(), clock.now()));
            journal.awaitWritten(Duration.ofSeconds(10));
        }
    }
}
