package org.retrotread.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.retrotread.i18n.Dates;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.BlockTime;
import org.retrotread.session.summary.ChartScale;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.summary.HeartRateSummary;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SpeedTrace;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.SealChain;

/** Builds a {@link SessionSheet} from a finished session: the one place that decides what the sheet says. */
public final class SessionSheets {

    private static final String NONE = SessionFacts.NONE;

    private final Messages text;
    private final ZoneId zone;

    public SessionSheets(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    public SessionSheet of(SheetInput in, String clinic, Instant madeAt) {
        Corrected corrected = in.corrected(); // every figure, the chart and the check-ins as corrected; the trail keeps the originals
        SessionSummary s = corrected.summary();
        Set<Figure> marked = corrected.changed();
        SpeedTrace trace = SpeedTrace.of(in.plan(), corrected.events(), in.end());
        SessionFacts facts = new SessionFacts(text, s, marked);
        List<SessionSheet.Fact> header = new ArrayList<>(List.of(
                fact("report.client", who(in)),
                fact("report.when", dateTime(in.record().openedAt())),
                fact("report.operator", in.record().operator().isBlank() ? NONE : in.record().operator()),
                fact("report.plan", text.format("report.planVersion", in.plan().name(), in.planVersion())),
                fact("report.mode", text.text("TreadmillMode." + in.record().mode().name())),
                fact("report.ending", facts.ending().orElse(NONE))));
        if (in.integrity() != SealChain.Integrity.INTACT) {
            header.add(fact("report.record", text.text("Integrity." + in.integrity().name()))); // a record not as sealed says so first
        }
        if (!marked.isEmpty()) {
            header.add(fact("report.corrected", text.text("report.correctedLegend")));
        }
        return new SessionSheet(text.text("report.title"), clinic, header, blocks(in, s, facts), facts.figures(),
                checkIns(s, facts), notes(s, in, facts), amendments(in), facts.energy(". "), chart(in, trace), text.text("report.signature"),
                who(in) + " \u2014 " + text.format("report.footer", in.record().id(), dateTime(madeAt)), headings());
    }

    private SessionSheet.Headings headings() {
        return new SessionSheet.Headings(text.text("report.blocks"), text.text("report.figures"), text.text("report.checkIns"),
                text.text("report.notes"), text.text("report.amendments"), text.text("report.energy"), text.text("report.chart"),
                NONE);
    }

    private SessionSheet.Table blocks(SheetInput in, SessionSummary s, SessionFacts facts) {
        // The grade column only where the plan names a grade: a level plan's sheet keeps its width for the rest.
        boolean graded = !in.plan().steepestGrade().isLevel() || in.plan().deepestGrade().isDecline();
        List<String> columns = new ArrayList<>(List.of(text.text("report.col.number"), text.text("report.col.block"),
                text.text("report.col.target"), text.text("report.col.planned"), text.text("report.col.actual"),
                text.text("report.col.speed"), text.text("report.col.rails"), text.text("report.col.handsFree")));
        if (graded) {
            columns.add(3, text.text("report.col.grade"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (BlockTime b : s.blocks()) {
            Block block = in.plan().blocks().get(b.blockIndex());
            List<String> row = new ArrayList<>(List.of(String.valueOf(b.blockIndex() + 1), facts.blockName(b), target(block),
                    Messages.clock(b.planned()), Messages.clock(b.actual()), speedRange(in.record().mode(), b.slowest(), b.fastest()),
                    Messages.clock(b.onRails()), Messages.clock(b.handsFree())));
            if (graded) {
                row.add(3, grade(block));
            }
            rows.add(List.copyOf(row));
        }
        return new SessionSheet.Table(List.copyOf(columns), rows);
    }

    /** The grade a block asked for: "5 %", or a ramp's "0 → 10 %". */
    private String grade(Block block) {
        List<Grade> grades = block.grades();
        return grades.size() > 1 && !grades.get(0).equals(grades.get(1))
                ? text.gradeNumber(grades.get(0)) + " \u2192 " + text.grade(grades.get(1)) : text.grade(grades.get(0));
    }

    private String speedRange(TreadmillMode mode, Optional<Speed> slowest, Optional<Speed> fastest) {
        if (mode == TreadmillMode.UNPOWERED || fastest.isEmpty()) {
            return NONE;
        }
        return slowest.get().sameAs(fastest.get()) ? text.speed(fastest.get())
                : text.number(slowest.get().in(text.unit())) + "\u2013" + text.speed(fastest.get());
    }

    /** What a block asked for, in a few words: "1.5 → 2.5 km/h, +0.5", "4 × 3.0 km/h / stand". */
    private String target(Block block) {
        if (block instanceof HandrailBlock h) {
            return target(h.target());
        }
        if (block instanceof RampBlock r) {
            return r.rampsTarget() ? target(r.from()) + " \u2192 " + target(r.to()) : target(r.from()); // a ramp of grade alone
        }
        if (block instanceof SteadyBlock st) {
            return target(st.target());
        }
        if (block instanceof CooldownBlock c) {
            return target(c.target());
        }
        IntervalBlock i = (IntervalBlock) block;
        return i.repeats() + " \u00d7 " + target(i.workTarget()) + " / "
                + i.recovery().targetIfAny().map(this::target).orElse(text.text("Movement.STANDING"));
    }

    private String target(Target t) {
        return t instanceof Target.AtSpeed s ? text.speed(s.speed()) : text.format("report.rpe", ((Target.AtEffort) t).effort().rpe());
    }

    /**
     * The check-ins with the heart rate taken with each, and each heart rate taken on its own (B) as a row of its own, in
     * session time; a rate above the ceiling is marked. Without any heart rate the table keeps its three columns.
     */
    private SessionSheet.Table checkIns(SessionSummary s, SessionFacts facts) {
        List<HeartRateSummary.Reading> readings = s.heartRate().readings();
        List<String> columns = new ArrayList<>(List.of(facts.mark(text.text("report.col.when"), Figure.CHECK_INS),
                text.text("report.col.rpe"), text.text("report.col.pain")));
        if (readings.isEmpty()) {
            return new SessionSheet.Table(columns, s.checkIns().stream()
                    .map(c -> List.of(facts.when(c), SessionFacts.score(c.rpe()), SessionFacts.score(c.pain()))).toList());
        }
        columns.add(text.text("report.col.heartRate"));
        List<HeartRateSummary.Reading> unmatched = new ArrayList<>(readings);
        List<List<String>> rows = new ArrayList<>();
        for (var c : s.checkIns()) {
            Optional<HeartRateSummary.Reading> with = unmatched.stream().filter(r -> r.checkIn() && r.at().equals(c.at())
                    && c.when() == CheckInEntry.When.DURING).findFirst();
            with.ifPresent(unmatched::remove);
            rows.add(List.of(facts.when(c), SessionFacts.score(c.rpe()), SessionFacts.score(c.pain()), with.map(this::rate).orElse(NONE)));
        }
        for (HeartRateSummary.Reading r : unmatched) {
            rows.add(List.of(Messages.clock(r.at()), NONE, NONE, rate(r)));
        }
        return new SessionSheet.Table(List.copyOf(columns), rows);
    }

    private String rate(HeartRateSummary.Reading r) {
        return text.heartRate(r.heartRate()) + (r.aboveCeiling() ? " " + text.text("report.aboveCeilingMark") : "");
    }

    /**
     * What the progression proposed and what the clinician decided (part of the session's record), the
     * operator's notes, and every early release of the rails with its reason.
     */
    private List<String> notes(SessionSummary s, SheetInput in, SessionFacts facts) {
        List<String> lines = new ArrayList<>();
        in.record().progression().ifPresent(p -> lines.add(text.text("report.progression") + ": "
                + text.sentences(p.says())));
        s.notes().forEach(n -> lines.add(facts.mark(n, Figure.NOTES)));
        facts.earlyReleases().forEach(r -> lines.add(text.text("ui.summary.earlyRelease") + ", " + r));
        lines.addAll(facts.heartRateAnswers());
        return List.copyOf(lines);
    }

    /** Every amendment with the values it replaced: the corrected figures above, the originals here. */
    private List<String> amendments(SheetInput in) {
        CorrectionText corrections = new CorrectionText(text);
        return in.amendments().stream().map(a -> corrections.line(a, dateTime(a.madeAt()), in.events(), "report.amendment")).toList();
    }

    private SessionSheet.Chart chart(SheetInput in, SpeedTrace trace) {
        TreadmillMode mode = in.record().mode();
        double top = ChartScale.top(trace, mode, text.unit());
        String scale = mode == TreadmillMode.POWERED ? text.number(top) + " " + text.unit().symbol() : text.text("ui.chart.effortScale");
        ChartScale.GradeScale grades = ChartScale.GradeScale.of(trace.lowestGrade(), trace.highestGrade());
        String grade = trace.anyGrade() ? text.format("ui.chart.gradeScale", grades.low(), grades.high()) : "";
        return new SessionSheet.Chart(trace, mode, text.unit(), top, scale, Messages.clock(trace.length()),
                text.text(trace.anyGrade() ? "report.chartLegendGrade" : "report.chartLegend"), grade, grades);
    }

    /** Name, identifier and date of birth: at the top, and at the foot of every page. */
    private String who(SheetInput in) {
        return in.client().map(c -> ClientLine.of(text, c)).orElse(text.text("report.noClient"));
    }

    private String dateTime(Instant at) {
        return new Dates(text, zone).dateTime(at);
    }

    private SessionSheet.Fact fact(String key, String value) {
        return new SessionSheet.Fact(text.text(key), value);
    }
}
