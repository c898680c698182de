package org.retrotread.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.summary.BlockTime;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.GradeSummary;
import org.retrotread.session.summary.HeartRateSummary;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.Speed;

/**
 * A session's facts in words, one way, for the summary on screen and the printed sheet alike: the same
 * labels, the same units, the same " *" on a corrected figure. A fact changes here, and both change.
 */
public final class SessionFacts {

    public static final String NONE = "\u2014";

    private final Messages text;
    private final SessionSummary summary;
    private final Set<Figure> corrected;

    /** @param corrected the figures corrections changed: each is marked */
    public SessionFacts(Messages text, SessionSummary summary, Set<Figure> corrected) {
        this.text = text;
        this.summary = summary;
        this.corrected = Set.copyOf(corrected);
    }

    /** Times, rails, distances, speeds, pain, effort, load and stops: the figures, labelled. */
    public List<SessionSheet.Fact> figures() {
        SessionSummary s = summary;
        List<SessionSheet.Fact> all = new ArrayList<>(List.of(
                fact("ui.summary.active", Messages.clock(s.activeTime())),
                fact("ui.summary.paused", Messages.clock(s.pausedTime().plus(s.stoppedTime()))),
                fact("ui.summary.rails", text.format("ui.summary.railsValue", Messages.clock(s.timeOnRails()),
                        Messages.clock(s.timeHandsFree()))),
                fact("ui.summary.distance", mark(text.format("ui.summary.metres", Math.round(s.backwardDistance().metres())),
                        Figure.DISTANCE)),
                fact("ui.summary.forwardDistance", mark(text.format("ui.summary.metres", Math.round(s.forwardDistance().metres())),
                        Figure.DISTANCE)),
                fact("ui.summary.averageSpeed", mark(speed(s.averageBackwardSpeed()), Figure.DISTANCE)),
                fact("ui.summary.maxSpeed", mark(speed(s.maxBackwardSpeed()), Figure.MAX_SPEED)),
                fact("report.maxHandsFree", mark(speed(s.maxHandsFreeBackwardSpeed()), Figure.MAX_HANDS_FREE_SPEED)),
                fact("ui.summary.painBeforeAfter", mark(score(s.painBefore()), Figure.PAIN_BEFORE) + " \u2192 "
                        + mark(score(s.painAfter()), Figure.PAIN_AFTER)),
                fact("report.rpeLast", mark(score(s.sessionRpe()), Figure.EFFORT)),
                fact("ui.summary.load", mark(s.sessionLoad().isPresent()
                        ? text.format("ui.summary.loadValue", Math.round(s.sessionLoad().getAsDouble())) : NONE, Figure.EFFORT)),
                fact("report.emergencyStops", String.valueOf(s.emergencyStops()))));
        all.addAll(gradeAndHeartRate());
        return List.copyOf(all);
    }

    /**
     * The grade walked (only when it was not level throughout) and the heart rates taken (only when any were): the
     * average and steepest grade, the height climbed backward, time in decline; the range, the ceiling and the time
     * above it.
     */
    private List<SessionSheet.Fact> gradeAndHeartRate() {
        List<SessionSheet.Fact> out = new ArrayList<>();
        GradeSummary g = summary.grade();
        if (!g.allLevel()) {
            out.add(fact("report.grade", text.format("report.gradeValue", g.average().map(text::grade).orElse(NONE),
                    g.highest().map(text::grade).orElse(NONE))));
            out.add(fact("report.climbed", text.format("ui.summary.metres", Math.round(g.climbed().metres()))));
            if (!g.timeInDecline().isZero()) {
                out.add(fact("report.decline", Messages.clock(g.timeInDecline())));
            }
        }
        HeartRateSummary h = summary.heartRate();
        if (!h.readings().isEmpty()) {
            out.add(fact("report.heartRate", text.format("report.heartRateRange", text.heartRate(h.lowest().orElseThrow()),
                    text.heartRate(h.highest().orElseThrow()))));
            h.ceiling().ifPresent(c -> out.add(fact("report.aboveCeiling", text.format("report.aboveCeilingValue",
                    Messages.clock(h.timeAboveCeiling()), text.heartRate(c)))));
        }
        return out;
    }

    /** "7:00 · 135 bpm above the ceiling of 120 bpm: carried on — physio present", one line for each such reading. */
    public List<String> heartRateAnswers() {
        HeartRateSummary h = summary.heartRate();
        List<String> lines = new ArrayList<>();
        List<HeartRateSummary.Reading> above = h.readings().stream().filter(HeartRateSummary.Reading::aboveCeiling).toList();
        for (HeartRateSummary.Reading r : above) {
            // The answer that followed it (one answer covers readings taken while it was still due).
            String answer = h.answers().stream().filter(a -> a.at().compareTo(r.at()) >= 0).findFirst()
                    .map(a -> text.text("Response." + a.response().name()) + (a.note().isBlank() ? "" : " \u2014 " + a.note()))
                    .orElse(text.text("report.noAnswer"));
            lines.add(text.format("report.aboveCeilingLine", Messages.clock(r.at()), text.heartRate(r.heartRate()),
                    h.ceiling().map(text::heartRate).orElse(NONE), answer));
        }
        return lines;
    }

    /** "Completed", "Ended early — walker tired": how it ended, with the reason given. */
    public Optional<String> ending() {
        return summary.ending().map(e -> mark(text.text("Ending." + e.name()), Figure.ENDING)
                + summary.endReason().filter(r -> !r.isBlank()).map(r -> " \u2014 " + r).orElse(""));
    }

    /** When a check-in was: "before", "after", or its session time. */
    public String when(CheckInEntry c) {
        return switch (c.when()) {
            case BEFORE_START -> text.text("ui.summary.before");
            case AFTER_END -> text.text("ui.summary.after");
            default -> Messages.clock(c.at());
        };
    }

    /** The energy estimate with its source, or why there is none; {@code between} joins figure and source. */
    public String energy(String between) {
        if (summary.energy() instanceof EnergyEstimate.Estimated e) {
            String decline = e.declineLeftOut().isZero() ? ""
                    : between + text.format("energy.declineLeftOut", Messages.clock(e.declineLeftOut()));
            return text.format("ui.summary.kcal", Math.round(e.energy().kilocalories())) + between + text.text(e.sourceKey()) + decline;
        }
        return text.text(((EnergyEstimate.NotEstimable) summary.energy()).reasonKey());
    }

    /** "Early release, 0:42: walker asked" for each time the rails were let go before the minimum. */
    public List<String> earlyReleases() {
        return summary.earlyReleases().stream()
                .map(r -> text.format("ui.summary.earlyReleaseLine", Messages.clock(r.at()), r.reason())).toList();
    }

    /** "Handrail 1:00 · Ramp 3:00 · ...", in the order phases come in a session. */
    public String phases() {
        StringBuilder line = new StringBuilder();
        for (PhaseKind phase : PhaseKind.values()) {
            Duration time = summary.timeByPhase().get(phase);
            if (time != null) {
                line.append(line.length() == 0 ? "" : " \u00b7 ").append(text.text("PhaseKind." + phase.name()))
                        .append(' ').append(Messages.clock(time));
            }
        }
        return line.length() == 0 ? NONE : line.toString();
    }

    /** A block's name, with "(left early: reason)" when it was. */
    public String blockName(BlockTime b) {
        return text.text("BlockKind." + b.kind().name())
                + b.skippedBecause().map(r -> " (" + text.format("report.leftEarly", r) + ")").orElse("");
    }

    public String mark(String value, Figure figure) {
        return CorrectionText.marked(value, corrected.contains(figure));
    }

    public boolean anyCorrected() {
        return !corrected.isEmpty();
    }

    public static String score(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : NONE;
    }

    private String speed(Optional<Speed> speed) {
        return speed.map(text::speed).orElse(NONE);
    }

    private SessionSheet.Fact fact(String key, String value) {
        return new SessionSheet.Fact(text.text(key), value);
    }
}
