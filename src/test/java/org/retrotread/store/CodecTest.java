package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HandsOnRails;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

class CodecTest {

    @Test
    void everyEventTypeSurvivesARow() {
        Duration at = Duration.ofNanos(123_456_789_012L);
        List<SessionEvent> all = List.of(new SessionStarted(1, at, Instant.parse("2026-11-25T09:00:00.123456Z")),
                new SegmentEntered(2, at, 7), new BlockSkipped(3, at, 2, "tired, \"very\""),
                new SpeedPrompted(4, at, Speed.ofKmh(2.5), true), new SpeedSet(5, at, Speed.ofMph(1.6), SpeedSet.Source.OBSERVED),
                new HandsReleased(6, at), new HandsOnRails(7, at), new Paused(8, at), new Resumed(9, at),
                new EmergencyStopped(10, at), new HandsReleased(6, at, "walker asked, \"confident\""),
                new SessionStarted(1, at, Instant.parse("2026-11-25T09:00:00Z"), Optional.of(true)),
                new SessionStarted(1, at, Instant.parse("2026-11-25T09:00:00Z"), Optional.of(false)), new SessionEnded(11, at, SessionEnded.Ending.INTERRUPTED, "power cut"),
                new CheckInRecorded(12, at, OptionalInt.of(0), OptionalInt.empty()), new NoteAdded(13, at, "Zoë ✓\nline 2"),
                new GradePrompted(14, at, Grade.ofPercent(-2.5), true), new GradeSet(15, at, Grade.ofPercent(7.5), GradeSet.Source.ENTERED),
                new HeartRateRecorded(16, at, new HeartRate(171), HeartRateRecorded.Source.CHECK_IN, Optional.of(new HeartRate(160))),
                new HeartRateRecorded(17, at, new HeartRate(30), HeartRateRecorded.Source.KEYED, Optional.empty()),
                new HeartRateAnswered(18, at, HeartRateAnswered.Response.CARRIED_ON, "monitor lost contact"),
                new HeartRateAnswered(19, at, HeartRateAnswered.Response.STOPPED, ""));
        for (SessionEvent event : all) {
            assertThat(EventCodec.fromRow(EventCodec.toRow(event))).isEqualTo(event);
        }
        assertThat(SessionEvent.class.getPermittedSubclasses()).hasSize(all.size() - 5); // a new event type needs a line here
    }

    @Test
    void everyBlockKindSurvivesJson() {
        Plan plan = new Plan("Ωmega \"plan\"", TreadmillMode.POWERED, List.of(
                new HandrailBlock(Duration.ofSeconds(90), Target.kmh(1.1), HandrailBlock.Release.STAY_ON_RAILS),
                new RampBlock(Target.kmh(1.2), Target.kmh(2.9), Target.kmh(0.4), Duration.ofSeconds(45)),
                new SteadyBlock(Duration.ofMinutes(3), Target.kmh(2.9)),
                new IntervalBlock(3, Duration.ofSeconds(40), Target.kmh(3.1), Duration.ofSeconds(20), new Recovery.Stand()),
                new IntervalBlock(2, Duration.ofSeconds(40), Target.kmh(3.1), Duration.ofSeconds(20), new Recovery.ForwardWalk(Target.kmh(4))),
                new IntervalBlock(2, Duration.ofSeconds(40), Target.kmh(3.1), Duration.ofSeconds(20), new Recovery.Backward(Target.kmh(1.5))),
                new CooldownBlock(Duration.ofMinutes(2), Target.kmh(1.0))), new PlanLimits(Speed.ofKmh(5), Speed.ofKmh(0.7)));
        assertThat(PlanCodec.fromJson(PlanCodec.toJson(plan))).isEqualTo(plan);
        Plan uphill = new Plan("Uphill", TreadmillMode.POWERED, List.of(
                new HandrailBlock(Duration.ofSeconds(90), Target.kmh(1.1), HandrailBlock.Release.ON_CONFIRMATION, Grade.ofPercent(1)),
                new RampBlock(Target.kmh(2), Target.kmh(2), Target.kmh(0.5), Duration.ofSeconds(45),
                        Grade.ofPercent(-1.5), Grade.ofPercent(6), Grade.ofPercent(0.5)),
                new SteadyBlock(Duration.ofMinutes(3), Target.kmh(2.9), Grade.ofPercent(7.5)),
                new IntervalBlock(3, Duration.ofSeconds(40), Target.kmh(3.1), Duration.ofSeconds(20), new Recovery.Stand(),
                        Grade.ofPercent(3)),
                new CooldownBlock(Duration.ofMinutes(2), Target.kmh(1.0), Grade.ofPercent(-2))),
                new PlanLimits(Speed.ofKmh(5), Speed.ofKmh(0.7)), 2, false);
        assertThat(PlanCodec.fromJson(PlanCodec.toJson(uphill))).isEqualTo(uphill);
        assertThat(PlanCodec.usesGrade(uphill)).isTrue();
        assertThat(PlanCodec.usesGrade(plan)).isFalse();
        assertThat(PlanCodec.toJson(plan)).doesNotContain("grade").doesNotContain("railsLevel");
        StarterPlans.all(k -> k).forEach(s ->
                assertThat(PlanCodec.fromJson(PlanCodec.toJson(s.plan()))).isEqualTo(s.plan()));
    }
}
