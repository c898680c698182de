package org.retrotread.ui.console;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.SpeedLimits;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;

/**
 * What the console says about a segment and what comes next, in the reader's language: the block's name,
 * its target (capped by the one {@link SpeedLimits#shown} rule), and the line of instructions under the
 * readouts, with its three-second countdown.
 */
final class ConsoleWords {

    private static final Duration COUNTDOWN = Duration.ofSeconds(3);

    private final Messages text;
    private final Plan plan;
    private final SpeedLimits limits;
    private final Runnable countdownCue;
    private long lastCountdown = -1;

    /** @param countdownCue heard once for each new second of a countdown */
    ConsoleWords(Messages text, Plan plan, SpeedLimits limits, Runnable countdownCue) {
        this.text = text;
        this.plan = plan;
        this.limits = limits;
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
        if (s.pendingPrompt().isPresent()) {
            return text.format("ui.console.prompt", s.pendingPrompt().get());
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
        return Optional.of(text.format("ui.console.countdown", upcoming(next.get()), seconds));
    }

    /** "Set 2.0 km/h", "Effort 6/10", "Stand on the side rails": what the next segment asks. */
    private String upcoming(Segment next) {
        if (next.movement() == Movement.STANDING) {
            return text.text("ui.console.upcomingStand");
        }
        Target t = next.target().orElseThrow();
        if (t instanceof Target.AtSpeed sp && plan.mode() == TreadmillMode.POWERED) {
            return text.format("ui.console.upcomingSpeed", limits.shown(sp.speed()));
        }
        return target(next);
    }
}
