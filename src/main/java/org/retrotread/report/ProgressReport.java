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
                       String topLabel, List<Series> series, Optional<Threshold> threshold) {
    }

    /** Bars (one a week, placed on the week) or a line through points. */
    public record Series(String name, boolean bars, List<Point> points, int colour) {
    }

    public record Point(double day, double value) {
    }

    public record Threshold(double value, String label) {
    }
}
