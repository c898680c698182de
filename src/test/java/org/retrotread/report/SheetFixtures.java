package org.retrotread.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Amendment;
import org.retrotread.store.Client;
import org.retrotread.store.SessionRecord;

/** Finished sessions run through the real engine, for the sheet, PDF and CSV tests. */
final class SheetFixtures {

    static final Instant OPENED = Instant.parse("2026-11-20T09:30:00Z");
    static final Messages ENGLISH = new Messages(Locale.ENGLISH,
            SpeedUnit.KILOMETRES_PER_HOUR);

    private SheetFixtures() {
    }

    static SessionContext context() {
        return new SessionContext(Optional.empty(), Speed.ofKmh(16), Optional.of(new BodyMass(70)));
    }

    /** The knee programme, walked to the end: on the rails, hands off, every prompt confirmed; notes and check-ins. */
    static SheetInput knee(String client, String note) {
        Plan plan = StarterPlans.all(ENGLISH::text).get(3).plan();
        return run(plan, client, note, List.of());
    }

    /** Forty one-minute blocks: a long table that must flow onto a second page. */
    static SheetInput fortyBlocks(String note) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            blocks.add(new SteadyBlock(Duration.ofMinutes(1), Target.kmh(1.0 + (i % 10) * 0.2)));
        }
        Plan plan = new Plan("Forty blocks", TreadmillMode.POWERED, blocks, new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(1)));
        return run(plan, "Ørjan", note, List.of());
    }

    /** Two hours: 24 five-minute blocks at speeds and grades that change, heart rates taken: the FIT benchmark's session. */
    static SheetInput twoHours() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            blocks.add(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(2.0 + (i % 6) * 0.4), Grade.ofPercent(i % 5)));
        }
        Plan plan = new Plan("Two hours", TreadmillMode.POWERED, blocks, new PlanLimits(Speed.ofKmh(5), Speed.ofKmh(2.5)), 3, false);
        return run(plan, "Ørjan", "", List.of(), withCeiling(170));
    }

    static SheetInput deadMill() {
        return run(StarterPlans.all(ENGLISH::text).get(4).plan(), "Zoë", "", List.of());
    }

    /**
     * The Cipriani starter walked with a heart-rate ceiling of 120 bpm: every speed and grade prompt confirmed, a
     * heart rate of 118 with the check-in and one of 131 on its own, answered "carried on" with a reason.
     */
    static SheetInput uphill() {
        Plan plan = StarterPlans.all(ENGLISH::text).stream().filter(s -> s.id().equals("uphillThreeGrades")).findFirst()
                .orElseThrow().plan();
        return run(plan, "Zoë", "", List.of(), withCeiling(120));
    }

    /** A dead mill walked at 3 % after level rails, its speeds observed. */
    static SheetInput deadMillUphill() {
        Plan plan = new Plan("Dead mill uphill", TreadmillMode.UNPOWERED, List.of(
                new HandrailBlock(Duration.ofMinutes(1), Target.rpe(3)),
                new SteadyBlock(Duration.ofMinutes(5), Target.rpe(5), Grade.ofPercent(3))), PlanLimits.DEFAULT);
        return run(plan, "Zoë", "", List.of(), withCeiling(150));
    }

    static SessionContext withCeiling(int bpm) {
        return new SessionContext(Optional.empty(), Speed.ofKmh(16), Optional.of(new BodyMass(70)), Optional.empty(),
                GradeRange.DEFAULT, new HeartRateGuide(Optional.of(new HeartRate(bpm)), false));
    }

    static SheetInput run(Plan plan, String client, String note, List<Amendment> amendments) {
        return run(plan, client, note, amendments, context());
    }

    static SheetInput run(Plan plan, String client, String note, List<Amendment> amendments, SessionContext context) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = new SessionEngine(plan, context, clock, Clock.fixed(OPENED, ZoneOffset.UTC));
        engine.handle(Command.CheckIn.of(1, 3));
        engine.handle(Command.Start.holdingRails(false));
        for (int step = 0; step < 2000 && engine.state().isRunning(); step++) {
            if (engine.state().pendingPrompt().isPresent()) {
                engine.handle(new Command.ConfirmPromptedSpeed());
            }
            if (engine.state().pendingGradePrompt().isPresent()) {
                engine.handle(new Command.ConfirmPromptedGrade());
            }
            if (plan.mode() == TreadmillMode.UNPOWERED && step == 15) {
                engine.handle(new Command.EnterSpeed(Speed.ofKmh(2.2)));
            }
            if (context.heartRate().ceiling().isPresent() && step == 20) {
                engine.handle(new Command.EnterHeartRate(new HeartRate(118), HeartRateRecorded.Source.CHECK_IN));
            }
            if (context.heartRate().ceiling().isPresent() && step == 100) {
                engine.handle(new Command.EnterHeartRate(new HeartRate(131), HeartRateRecorded.Source.KEYED));
                engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.CARRIED_ON, "physio beside the walker"));
            }
            if (engine.state().handsOffDue(clock.now())) {
                engine.handle(new Command.HandsOff());
            }
            if (step == 20) {
                engine.handle(Command.CheckIn.of(5, 2));
                if (!note.isEmpty()) {
                    engine.handle(new Command.AddNote(note));
                }
            }
            clock.advanceSeconds(5);
            engine.advance();
        }
        SessionRecord record = new SessionRecord(12, "0e6f3c1a-5b7d-4c2e-9a10-3f4b5c6d7e8f", Optional.of(3L), 7, plan.mode(), "Ana Lima", context, OPENED,
                clock.now(), Optional.empty(), Optional.of(OPENED.plus(clock.now())), Optional.of(SessionEnded.Ending.COMPLETED),
                Optional.empty(), true, Optional.empty(), Optional.of(new Progression.Record(10,
                Progression.Outcome.PROPOSED, Progression.Decision.HELD,
                Optional.of(20.0), Message.of("progression.proposed", 3, 10, 20))));
        return new SheetInput(record, plan, 2, Optional.of(new Client(3, client, Optional.of("K-9"),
                Optional.of(LocalDate.of(1956, 3, 28)), Optional.empty(), Optional.empty(), "", false)), engine.events(), amendments);
    }
}
