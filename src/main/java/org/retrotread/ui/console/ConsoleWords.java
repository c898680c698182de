package org.retrotread.ui.console;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.GradeLimits;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.SpeedLimits;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;

/**
 * What the console says about a segment and what comes next, in the reader's language: the block's name,
 * its target (capped by the one {@link SpeedLimits#shown} rule), and the line of instructions under the
 * readouts, with its three-second countdown.
 */
final class ConsoleWords {

    private static final Duration COUNTDOWN = Duration.ofSeconds(3);
    private static final String NONE = "\u2014";

    private final Messages text;
    private final Plan plan;
    private final SpeedLimits limits;
    private final GradeLimits grades;
    private final HeartRateGuide guide;
    private final Runnable countdownCue;
    private long lastCountdown = -1;

    /** @param countdownCue heard once for each new second of a countdown */
    ConsoleWords(Messages text, Plan plan, SpeedLimits limits, GradeLimits grades, HeartRateGuide guide, Runnable countdownCue) {
        this.text = text;
        this.plan = plan;
        this.limits = limits;
        this.grades = grades;
        this.guide = guide;
        this.countdownCue = countdownCue;
    }

    /** "Ramp, step 2 of 4", "Intervals, work 3 of 5", or the block's name alone. */
    String describe(Segment segment) {
        String kind = text.text("BlockKind." + plan.blocks().get(segment.blockIndex()).kind().name());
        if (segment.stepCount() <= 1) {
            return kind;
        }
        if (segment.phase() == PhaseKind.RAMP) {
            return text.format("ui.console.rampStep", kind, segment.stepNumber(), segment.stepCount());
        }
        return text.format("ui.console.intervalStep", kind, text.text("PhaseKind." + segment.phase().name()),
                segment.stepNumber(), segment.stepCount());
    }

    /** "2.5 km/h", "Effort 6/10", "Forward 3.0 km/h", "Stand on the side rails". */
    String target(Segment segment) {
        if (segment.movement() == Movement.STANDING) {
            return text.text("Movement.STANDING");
        }
        Target t = segment.target().orElseThrow();
        String value = t instanceof Target.AtSpeed sp ? text.speed(limits.shown(sp.speed()))
                : text.format("ui.console.effort", ((Target.AtEffort) t).effort().rpe());
        return segment.movement() == Movement.FORWARD ? text.format("ui.console.forward", value) : value;
    }

    /** The segment's target, and its grade where the deck must change for it: "4.0 km/h, incline 5 %". */
    String targetAndGrade(Segment segment, SessionState s) {
        return withGrade(target(segment), segment, s);
    }

    /** {@code said}, and ", incline 5 %" after it when the segment needs the deck moved. */
    private String withGrade(String said, Segment segment, SessionState s) {
        Grade grade = grades.shown(segment.grade());
        return segment.movement() == Movement.STANDING || grade.equals(s.actualGrade()) ? said
                : text.format("ui.console.upcomingGrade", said, grade);
    }

    /** The line under the readouts: a countdown, the stopped or paused help, the speed to set, or hands off due. */
    String prompt(SessionState s, Duration now) {
        Optional<String> countdown = countdown(s, now);
        if (countdown.isPresent()) {
            return countdown.get();
        }
        lastCountdown = -1;
        if (s.status() == SessionStatus.EMERGENCY_STOPPED) {
            return text.text("ui.console.stoppedHelp");
        }
        if (s.status() == SessionStatus.PAUSED) {
            return text.text("ui.console.pausedHelp");
        }
        if (s.pendingPrompt().isPresent() && s.pendingGradePrompt().isPresent()) {
            return text.format("ui.console.promptBoth", s.pendingPrompt().get(), s.pendingGradePrompt().get(),
                    direction(s.pendingGradePrompt().get()));
        }
        if (s.pendingPrompt().isPresent()) {
            return text.format("ui.console.prompt", s.pendingPrompt().get());
        }
        if (s.pendingGradePrompt().isPresent()) {
            return text.format("ui.console.promptGrade", s.pendingGradePrompt().get(), direction(s.pendingGradePrompt().get()));
        }
        return s.handsOffDue(now) ? text.text("ui.console.handsOffDue") : "";
    }

    /**
     * The last three seconds before a timed segment ends: what comes and in how many seconds. Each new
     * second is a countdown cue. Nothing counts down to a handrail phase's end: the operator decides.
     */
    private Optional<String> countdown(SessionState s, Duration now) {
        Optional<Segment> current = s.currentSegment();
        Optional<Segment> next = s.nextSegment();
        if (!s.isRunning() || current.isEmpty() || next.isEmpty() || current.get().waitsForHandsOff()) {
            return Optional.empty();
        }
        Duration left = s.timeLeftInSegment(now);
        if (left.isZero() || left.compareTo(COUNTDOWN) > 0) {
            return Optional.empty();
        }
        long seconds = (left.toMillis() + 999) / 1000;
        if (seconds != lastCountdown) {
            lastCountdown = seconds;
            countdownCue.run();
        }
        return Optional.of(text.format("ui.console.countdown", upcoming(next.get(), s), seconds));
    }

    /** "Set 2.0 km/h", "Effort 6/10", "Stand on the side rails": what the next segment asks, and its grade when it changes. */
    private String upcoming(Segment next, SessionState s) {
        if (next.movement() == Movement.STANDING) {
            return text.text("ui.console.upcomingStand");
        }
        Target t = next.target().orElseThrow();
        String asked = t instanceof Target.AtSpeed sp && plan.mode() == TreadmillMode.POWERED
                ? text.format("ui.console.upcomingSpeed", limits.shown(sp.speed())) : target(next);
        return withGrade(asked, next, s);
    }

    /** "backward uphill", "backward downhill" or "level": what a grade means for a walker facing the back of the deck. */
    String direction(Grade grade) {
        return text.text(grade.isLevel() ? "ui.console.level" : grade.isDecline() ? "ui.console.downhill" : "ui.console.uphill");
    }

    /** Under the grade: its meaning for a backward walker, and the segment's target when the deck is not at it. */
    String gradeNote(SessionState s) {
        String meaning = direction(s.actualGrade());
        return s.currentSegment().filter(seg -> seg.movement() != Movement.STANDING).map(seg -> grades.shown(seg.grade()))
                .filter(target -> !target.equals(s.actualGrade()))
                .map(target -> text.format("ui.console.gradeTarget", meaning, target)).orElse(meaning);
    }

    /**
     * The heart-rate readout's figure: the last rate typed, or where heart rate is not a guide for the client, the
     * last effort (RPE), which comes first for them.
     */
    String heartRateFigure(SessionState s) {
        if (guide.notAGuide()) {
            return s.lastEffort().isPresent() ? text.format("ui.console.effort", s.lastEffort().getAsInt()) : NONE;
        }
        return s.lastHeartRate().map(h -> text.heartRate(h.heartRate())).orElse(NONE);
    }

    /** Under the heart rate: how long ago it was taken and the ceiling; or that heart rate is not a guide. */
    String heartRateNote(SessionState s, Duration now) {
        if (guide.notAGuide()) {
            return text.text("ui.console.heartRateNotAGuide");
        }
        String ceiling = guide.ceilingInForce().map(c -> text.format("ui.console.ceiling", c)).orElse("");
        return s.lastHeartRate().map(h -> text.format("ui.console.heartRateAgo", Messages.clock(now.minus(h.at())), ceiling))
                .orElse(text.format("ui.console.heartRateKey", ceiling)).strip();
    }


}
