package org.retrotread.report;

import java.util.List;
import java.util.Optional;

/**
 * A client's progress over a chosen period, in the reader's language: figures, four charts and two
 * tables. Built by {@link ProgressReports}; written by {@code pdf.ProgressReportPdf}.
 */
public record ProgressReport(String title, String clinic, List<SessionSheet.Fact> header, List<SessionSheet.Fact> figures,
                             List<Plot> plots, String sessionsHeading, SessionSheet.Table sessions, String walkHeading,
                             SessionSheet.Table walkTests, String none, String footer) {

    /**
     * A chart over the period: x is the day (epoch day), y runs from 0 to {@code top}.
     *
     * @param threshold a horizontal line (the walk test's cut-off) with its label, if any
     */
    public record Plot(String title, double firstDay, double lastDay, String firstLabel, String lastLabel, double top,
                       String topLabel, List<Series> series, Optional<Threshold> threshold, List<Tick> weeks) {
    }

    /** A week's start on a chart's time axis (its day number) with its short date, such as "11/3". */
    public record Tick(double day, String label) {
    }

    /**
     * Bars (one a week, placed on the week) or a line through points.
     *
     * @param breaksAtGaps whether points far apart are left unjoined (sessions: a gap shows); tests taken
     *                     weeks apart on purpose are joined
     */
    public record Series(String name, boolean bars, List<Point> points, int colour, boolean breaksAtGaps) {

        public Series(String name, boolean bars, List<Point> points, int colour) {
            this(name, bars, points, colour, true);
        }
    }

    public record Point(double day, double value) {
    }

    public record Threshold(double value, String label) {
    }
}
