package org.retrotread.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.summary.ChartScale;
import org.retrotread.session.summary.TrainingWeek;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Client;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.WalkTest;

/** Builds a {@link ProgressReport} for one client and period from their history and walk tests. */
public final class ProgressReports {

    private static final String NONE = "\u2014";

    private final Messages text;
    private final ZoneId zone;

    public ProgressReports(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    /** @param from the first day, {@code to} the last day, both included */
    public ProgressReport of(Client client, List<HistoryRow> history, List<WalkTest> walkTests,
                             Optional<Cutoff> cutoff, LocalDate from, LocalDate to, String clinic, Instant madeAt) {
        List<HistoryRow> rows = history.stream().filter(r -> within(day(r.openedAt()), from, to))
                .sorted(Comparator.comparing(HistoryRow::openedAt)).toList();
        List<WalkTest> tests = walkTests.stream().filter(w -> within(w.takenOn(), from, to))
                .sorted(Comparator.comparing(WalkTest::takenOn)).toList();
        ProgressData data = ProgressData.of(rows, zone);
        ProgressData.Adherence adherence = data.adherence();
        String who = ClientLine.of(text, client);
        List<SessionSheet.Fact> header = new ArrayList<>(List.of(fact("report.client", who),
                fact("report.progress.period", date(from) + " \u2013 " + date(to)),
                fact("report.progress.sessions", String.valueOf(rows.size()))));
        if (rows.stream().anyMatch(r -> !r.corrected().isEmpty())) {
            header.add(fact("report.corrected", text.text("report.correctedLegend"))); // the figures below use the corrections
        }
        double minutes = rows.stream().mapToDouble(r -> r.activeTime().orElse(Duration.ZERO).toMillis() / 60_000.0).sum();
        Optional<Speed> fastest = rows.stream().map(HistoryRow::maxHandsFreeSpeed).flatMap(Optional::stream)
                .reduce((a, b) -> a.exceeds(b) ? a : b);
        OptionalDouble rpe = rows.stream().map(HistoryRow::rpe).flatMap(Optional::stream).mapToInt(Integer::intValue).average();
        List<SessionSheet.Fact> figures = List.of(
                fact("report.progress.adherence", adherence.intended() == 0 ? NONE
                        : text.format("report.progress.adherenceValue", adherence.done(), adherence.intended(), adherence.percent())),
                fact("report.progress.minutes", String.valueOf(Math.round(minutes))),
                fact("report.maxHandsFree", fastest.map(text::speed).orElse(NONE)),
                fact("report.progress.painFirstLast", firstLast(rows.stream().map(HistoryRow::painBefore).flatMap(Optional::stream).toList())),
                fact("report.progress.rpeMean", rpe.isPresent() ? text.number(rpe.getAsDouble()) : NONE),
                fact("report.progress.walkFirstLast", tests.isEmpty() ? NONE : seconds(tests.get(0).time()) + " \u2192 "
                        + seconds(tests.get(tests.size() - 1).time())));
        return new ProgressReport(text.text("report.progress.title"), clinic, header, figures, plots(data, tests, cutoff, from, to),
                text.text("report.progress.sessionsHeading"), sessionTable(rows), text.text("report.progress.walkHeading"),
                walkTable(tests, cutoff), NONE, who + " \u2014 " + text.format("report.progress.footer",
                date(madeAt.atZone(zone).toLocalDate())));
    }

    private List<ProgressReport.Plot> plots(ProgressData data, List<WalkTest> tests, Optional<Cutoff> cutoff, LocalDate from,
                                            LocalDate to) {
        double first = from.toEpochDay();
        double last = to.toEpochDay();
        List<ProgressReport.Point> minutes = new ArrayList<>();
        List<ProgressReport.Point> done = new ArrayList<>();
        List<ProgressReport.Point> intended = new ArrayList<>();
        for (ProgressData.Week w : data.weeks()) {
            minutes.add(new ProgressReport.Point(w.monday().toEpochDay() + 3.5, w.activeMinutes()));
            done.add(new ProgressReport.Point(w.monday().toEpochDay() + 3.5, w.sessions()));
            intended.add(new ProgressReport.Point(w.monday().toEpochDay() + 3.5, w.intended()));
        }
        List<ProgressReport.Point> speed = new ArrayList<>();
        List<ProgressReport.Point> before = new ArrayList<>();
        List<ProgressReport.Point> after = new ArrayList<>();
        List<ProgressReport.Point> effort = new ArrayList<>();
        List<ProgressReport.Point> grade = new ArrayList<>();
        List<ProgressReport.Point> heart = new ArrayList<>();
        for (ProgressData.Point p : data.sessions()) {
            double d = p.day().toEpochDay();
            p.steepestGrade().ifPresent(g -> grade.add(new ProgressReport.Point(d, g.percent())));
            p.highestHeartRate().ifPresent(h -> heart.add(new ProgressReport.Point(d, h.beatsPerMinute())));
            p.handsFreeSpeed().ifPresent(s -> speed.add(new ProgressReport.Point(d, s.in(text.unit()))));
            p.painBefore().ifPresent(v -> before.add(new ProgressReport.Point(d, v)));
            p.painAfter().ifPresent(v -> after.add(new ProgressReport.Point(d, v)));
            p.rpe().ifPresent(v -> effort.add(new ProgressReport.Point(d, v)));
        }
        List<ProgressReport.Point> walk = tests.stream()
                .map(w -> new ProgressReport.Point(w.takenOn().toEpochDay(), w.time().toMillis() / 1000.0)).toList();
        String a = date(from);
        String b = date(to);
        double topMinutes = top(minutes, 10);
        double topSessions = Math.max(top(done, 3), top(intended, 3));
        double topSpeed = top(speed, 1);
        double topWalk = Math.max(top(walk, 5), cutoff.map(c -> c.time().toMillis() / 1000.0 * 1.2).orElse(0.0));
        List<ProgressReport.Plot> plots = new ArrayList<>(List.of(
                plot("report.progress.minutesChart", first, last, a, b, topMinutes, String.valueOf(Math.round(topMinutes)),
                        List.of(new ProgressReport.Series(text.text("ui.progress.minutesAxis"), true, minutes, 0)), Optional.empty()),
                plot("report.progress.adherenceChart", first, last, a, b, topSessions, String.valueOf((int) topSessions),
                        List.of(new ProgressReport.Series(text.text("ui.progress.sessionsDone"), true, done, 0),
                                new ProgressReport.Series(text.text("ui.progress.sessionsIntended"), false, intended, 3)), Optional.empty()),
                plot("report.progress.speedChart", first, last, a, b, topSpeed, text.speed(Speed.of(topSpeed, text.unit())),
                        List.of(new ProgressReport.Series(text.format("ui.progress.handsFreeSpeed", text.unit().symbol()), false, speed, 0)),
                        Optional.empty()),
                plot("report.progress.painChart", first, last, a, b, 10, "10",
                        List.of(new ProgressReport.Series(text.text("ui.progress.painBefore"), false, before, 1),
                                new ProgressReport.Series(text.text("ui.progress.painAfter"), false, after, 2),
                                new ProgressReport.Series(text.text("ui.progress.rpe"), false, effort, 3)), Optional.empty()),
                plot("report.progress.walkChart", first, last, a, b, topWalk, text.format("report.progress.secondsValue", text.number(topWalk)),
                        List.of(new ProgressReport.Series(text.text("report.progress.walkSeries"), false, walk, 0, false)),
                        cutoff.map(c -> new ProgressReport.Threshold(c.time().toMillis() / 1000.0, cutoffLabel(c))))));
        // Grade and heart rate only where some session had them: a level programme's report keeps its five charts.
        if (!grade.isEmpty()) {
            double topGrade = top(grade, 5);
            plots.add(plot("report.progress.gradeChart", first, last, a, b, topGrade, text.grade(Grade.ofPercent(topGrade)),
                    List.of(new ProgressReport.Series(text.text("report.progress.gradeSeries"), false, grade, 0)), Optional.empty()));
        }
        if (!heart.isEmpty()) {
            double topHeart = top(heart, 100);
            plots.add(plot("report.progress.heartRateChart", first, last, a, b, topHeart, String.valueOf(Math.round(topHeart)),
                    List.of(new ProgressReport.Series(text.text("report.progress.heartRateSeries"), false, heart, 1)), Optional.empty()));
        }
        return List.copyOf(plots);
    }

    private ProgressReport.Plot plot(String key, double first, double last, String a, String b, double top, String topLabel,
                                     List<ProgressReport.Series> series, Optional<ProgressReport.Threshold> threshold) {
        List<ProgressReport.Tick> weeks = new ArrayList<>();
        for (LocalDate monday = TrainingWeek.firstStartFrom(LocalDate.ofEpochDay((long) first)); monday.toEpochDay() <= last; monday = monday.plusWeeks(1)) {
            weeks.add(new ProgressReport.Tick(monday.toEpochDay(), text.dates().dayMonth(monday)));
        }
        return new ProgressReport.Plot(text.text(key), first, last, a, b, top, topLabel, series, threshold, weeks);
    }

    private static double top(List<ProgressReport.Point> points, double atLeast) {
        double highest = points.stream().mapToDouble(ProgressReport.Point::value).max().orElse(0);
        return ChartScale.top(highest, atLeast);
    }

    private String cutoffLabel(Cutoff c) {
        return text.format("ui.walk.cutoffLine", text.number(c.time().toMillis() / 1000.0), text.text("Cutoff." + c.name()), c.source());
    }

    private static String marked(HistoryRow row, String value, Figure figure) {
        return CorrectionText.marked(value, row.isCorrected(figure));
    }

    private SessionSheet.Table sessionTable(List<HistoryRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (HistoryRow r : rows) {
            cells.add(List.of(date(day(r.openedAt())), r.planName(), r.activeTime().map(Messages::clock).orElse(NONE),
                    r.handsFree().map(Messages::clock).orElse(NONE),
                    marked(r, r.maxHandsFreeSpeed().map(text::speed).orElse(NONE), Figure.MAX_HANDS_FREE_SPEED),
                    marked(r, r.painBefore().map(String::valueOf).orElse(NONE), Figure.PAIN_BEFORE) + " \u2192 "
                            + marked(r, r.painAfter().map(String::valueOf).orElse(NONE), Figure.PAIN_AFTER),
                    marked(r, r.rpe().map(String::valueOf).orElse(NONE), Figure.EFFORT),
                    marked(r, r.ending().map(e -> text.text("Ending." + e.name())).orElse(NONE), Figure.ENDING)));
        }
        return new SessionSheet.Table(List.of(text.text("csv.date"), text.text("csv.plan"), text.text("report.col.actual"),
                text.text("report.col.handsFree"), text.text("report.maxHandsFree"), text.text("ui.summary.painBeforeAfter"),
                text.text("report.col.rpe"), text.text("csv.ending")), cells);
    }

    private SessionSheet.Table walkTable(List<WalkTest> tests, Optional<Cutoff> cutoff) {
        List<List<String>> cells = new ArrayList<>();
        for (WalkTest w : tests) {
            String flag = cutoff.map(c -> c.flags(w.time()) ? text.text("report.progress.aboveCutoff") : text.text("report.progress.belowCutoff"))
                    .orElse(NONE);
            cells.add(List.of(date(w.takenOn()), seconds(w.time()), w.aid().isBlank() ? NONE : w.aid(), flag,
                    w.note().isBlank() ? "" : w.note()));
        }
        return new SessionSheet.Table(List.of(text.text("csv.date"), text.text("report.progress.walkTime"), text.text("report.progress.aid"),
                cutoff.map(this::cutoffLabel).orElse(text.text("report.progress.noCutoff")), text.text("report.notes")), cells);
    }

    private String firstLast(List<Integer> values) {
        return values.isEmpty() ? NONE : values.get(0) + " \u2192 " + values.get(values.size() - 1);
    }

    private String seconds(Duration d) {
        return text.format("report.progress.secondsValue", text.number(d.toMillis() / 1000.0));
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private String date(LocalDate d) {
        return text.dates().date(d);
    }

    private SessionSheet.Fact fact(String key, String value) {
        return new SessionSheet.Fact(text.text(key), value);
    }
}
