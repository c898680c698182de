package org.retrotread.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.retrotread.i18n.Dates;
import org.retrotread.i18n.Messages;
import org.retrotread.store.AuditTrail;
import org.retrotread.store.Client;

/** Builds a client's {@link AuditReport}: the one place that decides what the printed trail says. */
public final class AuditReports {

    private final Messages text;
    private final ZoneId zone;

    public AuditReports(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    /** @param intact whether every row still matches its link (see {@link AuditTrail#intact}) */
    public AuditReport of(Client client, List<AuditTrail.Entry> entries, boolean intact, String clinic, Instant madeAt) {
        AuditText rows = new AuditText(text, zone);
        String who = ClientLine.of(text, client);
        String made = new Dates(text, zone).dateTime(madeAt);
        List<SessionSheet.Fact> header = List.of(new SessionSheet.Fact(text.text("report.client"), who),
                new SessionSheet.Fact(text.text("audit.printed"), made),
                new SessionSheet.Fact(text.text("audit.check"), text.text(intact ? "audit.intact" : "audit.changed")));
        return new AuditReport(text.text("audit.title"), clinic, header,
                new SessionSheet.Table(rows.headings(), entries.stream().map(rows::cells).toList()), text.text("audit.empty"),
                who + " \u2014 " + text.format("audit.footer", made));
    }
}
