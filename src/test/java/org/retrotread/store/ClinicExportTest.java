package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditText;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.units.SpeedUnit;

/**
 * A home visit: a client's records go from the clinic server to a laptop, the visit's session is run there, and an
 * import brings it back to the same client on the server. Every seal checks out at every step; nothing doubles.
 */
class ClinicExportTest extends LaptopAndServer {

    @Test
    void aClientGoesOnAHomeVisitAndComesBackWithTheVisit() throws Exception {
        openBoth();
        Store s = server.store();
        Client zoe = s.clients().add(Client.named("Zoë Müller"));
        s.clients().add(Client.named("Stays at the clinic"));
        try (SessionWriter journal = SessionWriter.of(server)) {
            journal.finishedSession(1, Optional.of(zoe.id()));
            journal.finishedSession(2, Optional.of(zoe.id()));
        }
        s.sessions().amend(1, "x", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "2"));
        s.walkTests().add(zoe.id(), LocalDate.of(2026, 11, 20), Duration.ofMillis(9400), "", "");

        ClinicExport.Report out;
        try (Connection c = laptop.raw().connect()) {
            out = ClinicExport.run(s.connection(), c, List.of(zoe.id()), StoreFixtures.WALL, "home-visit.db");
        }
        assertThat(out).isEqualTo(new ClinicExport.Report(1, 2, 0, 1));
        Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        assertThat(s.audit().ofClient(zoe.id())).filteredOn(e -> e.action() == AuditTrail.Action.EXPORTED).singleElement()
                .satisfies(e -> assertThat(new AuditText(english, ZoneOffset.UTC).cells(e))
                        .contains("Saved to a file: the client's records, for a home visit", "home-visit.db"));
        Store l = laptop.store();
        Client there = l.clients().list(true).stream().filter(c -> c.name().equals("Zoë Müller")).findFirst().orElseThrow();
        assertThat(l.clients().list(true)).hasSize(1);
        assertThat(l.sessions().history(there.id())).hasSize(2);
        assertIntact(l, there.id());
        assertThat(l.walkTests().of(there.id())).hasSize(1);
        try (Connection c = laptop.raw().connect()) {
            assertThat(ClinicExport.run(s.connection(), c, List.of(zoe.id()), StoreFixtures.WALL, "home-visit.db"))
                    .isEqualTo(new ClinicExport.Report(1, 0, 2, 0));
        }

        try (SessionWriter journal = SessionWriter.of(laptop)) {          // the visit
            journal.finishedSession(l.sessions().nextId(), Optional.of(there.id()));
        }
        ClinicImport.Report back;
        try (Connection c = laptop.raw().connect()) {
            back = ClinicImport.run(c, s.connection(), StoreFixtures.WALL, "home-visit.db");
        }
        assertThat(back.clientsAdded()).isZero();
        assertThat(back.clientsMatched()).isZero();                      // the same record, by its UUID
        assertThat(back.sessionsAdded()).isEqualTo(1);
        assertThat(back.skipped()).isEmpty();
        assertThat(s.sessions().history(zoe.id())).hasSize(3);
        assertIntact(s, zoe.id());
        assertThat(s.walkTests().of(zoe.id())).hasSize(1);
    }
}
