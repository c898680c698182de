package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.ServerSender;

/** What the banner says, in both languages: nothing when all is well; the copy and its time; events waiting and since when. */
class ClinicBannerTest {

    private static final Instant TAKEN = Instant.parse("2026-12-03T08:12:00Z");
    private static final ServerSender.Backlog CLEAR = new ServerSender.Backlog(0, Optional.empty(), Optional.empty());

    @Test
    void theBannerSaysWhatWaitsAndWhereTheListsComeFrom() {
        Messages en = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        Messages de = new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR);
        var ok = new ClinicLink.Status("db:5432/retrotread", "ana", ClinicLink.Reach.CONNECTED, Optional.of(TAKEN), CLEAR);
        assertThat(ClinicLink.banner(en, ok, ZoneOffset.UTC)).isEmpty();

        assertThat(ClinicLink.banner(en, ok.with(ClinicLink.Reach.NOT_YET, Optional.empty()), ZoneOffset.UTC)).as("before the sign-in").isEmpty();
        assertThat(ClinicLink.banner(en, ok.with(new ServerSender.Backlog(1, Optional.of(TAKEN), Optional.empty())), ZoneOffset.UTC)
                .orElseThrow()).contains(": one event, since");
        var waiting = ok.with(new ServerSender.Backlog(14, Optional.of(Instant.parse("2026-12-03T10:42:00Z")), Optional.empty()));
        assertThat(ClinicLink.banner(en, waiting, ZoneOffset.UTC).orElseThrow())
                .startsWith("Waiting for the clinic server db:5432/retrotread: 14 events, since 10:42:00")   // then AM, as the locale spaces it
                .endsWith("They are kept on this computer and sent when it answers.");
        assertThat(ClinicLink.banner(de, waiting, ZoneOffset.UTC).orElseThrow())
                .startsWith("Warten auf den Praxisserver db:5432/retrotread: 14 Ereignisse, seit 10:42:00.");

        var away = ok.with(ClinicLink.Reach.AWAY, Optional.of(TAKEN));
        assertThat(ClinicLink.banner(en, away.with(waiting.backlog()), ZoneOffset.UTC).orElseThrow())
                .as("the server named once").contains("Waiting to be sent: 14 events, since 10:42:00");
        assertThat(ClinicLink.banner(en, away, ZoneOffset.UTC).orElseThrow()).startsWith("The clinic server db:5432/retrotread is not answering")
                .contains("8:12");
        assertThat(ClinicLink.banner(en, ok.with(ClinicLink.Reach.AWAY, Optional.empty()), ZoneOffset.UTC).orElseThrow())
                .contains("has no copy of the clinic's records yet");
        assertThat(ClinicLink.banner(en, ok.with(ClinicLink.Reach.ASKS_SIGN_IN, Optional.of(TAKEN)), ZoneOffset.UTC).orElseThrow())
                .contains("Ctrl+U");
        var refused = ok.with(new ServerSender.Backlog(3, Optional.of(TAKEN), Optional.of(Message.of("server.problem.FAILED",
                "db:5432/retrotread", "x".repeat(400)))));
        assertThat(ClinicLink.banner(en, refused, ZoneOffset.UTC).orElseThrow()).as("a refusal shown short")
                .contains("What waits cannot be sent: The clinic server db:5432/retrotread refused: xxx").hasSizeLessThan(400);
        var notAllowed = ok.with(new ServerSender.Backlog(3, Optional.of(TAKEN), Optional.of(Message.of("server.problem.NOT_ALLOWED",
                "db:5432/retrotread", "permission denied"))));
        assertThat(ClinicLink.banner(de, notAllowed, ZoneOffset.UTC).orElseThrow()).as("in words, in the language")
                .contains("Wartendes kann nicht gesendet werden:").doesNotContain("permission denied");
    }

    @Test
    void anAddressIsNeverShownWithItsPassword() {
        assertThat(ClinicLink.withoutPassword("postgresql://ana:secret@db:5432/retrotread")).isEqualTo("postgresql://ana:***@db:5432/retrotread");
        assertThat(ClinicLink.withoutPassword("postgresql://db/retrotread?user=ana&password=secret&sslmode=require"))
                .isEqualTo("postgresql://db/retrotread?user=ana&password=***&sslmode=require");
    }
}
