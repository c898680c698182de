package org.retrotread.report;

import java.util.List;

/**
 * A client's audit trail on paper: whose record, when it was printed, whether the trail checks out, then every
 * row. Built by {@link AuditReports}; laid out by {@code AuditTrailPdf}.
 */
public record AuditReport(String title, String clinic, List<SessionSheet.Fact> header, SessionSheet.Table rows, String none,
                          String footer) {

    public AuditReport {
        header = List.copyOf(header);
    }
}
