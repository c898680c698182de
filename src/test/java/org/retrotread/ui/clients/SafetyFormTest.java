package org.retrotread.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;

/** The clinician's limits beyond speed as typed: refused at the field when wrong, the offered ceiling's formula named. */
class SafetyFormTest {

    private final Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private Optional<LocalDate> born = Optional.empty();
    private final SafetyForm form = new SafetyForm(english, () -> born);

    @Test
    void aCeilingAndASteepestGradeAreReadAndWrongOnesRefusedAtTheirField() {
        form.maxGrade.set("8,5");
        form.ceiling.set("140 bpm");
        Client.Safety read = form.read();
        assertThat(form.hasErrors()).isFalse();
        assertThat(read.maxGrade()).contains(Grade.ofPercent(8.5));
        assertThat(read.heartRateCeiling()).contains(new HeartRate(140));
        for (String wrong : new String[] {"300", "29", "abc", "1e2", "9".repeat(400), "-80"}) {
            form.ceiling.set(wrong);
            form.read();
            assertThat(form.ceilingError.get()).as(wrong).isNotEmpty();
        }
        form.ceiling.set("");
        form.maxGrade.set("-3");
        form.read();
        assertThat(form.maxGradeError.get()).contains("level (0) or uphill");
        form.maxGrade.set("41");
        form.read();
        assertThat(form.maxGradeError.get()).contains("from -25");
    }

    @Test
    void theOfferedCeilingIsEightyFivePercentOfTanakasAgePredictedMaximumAndSaysSo() {
        assertThat(form.offeredCeiling()).isEmpty();
        assertThat(form.offerText()).contains("With a date of birth");
        born = Optional.of(LocalDate.now(ZoneId.systemDefault()).minusYears(68).minusDays(3));
        assertThat(form.offeredCeiling()).contains(new HeartRate(136)); // 208 - 0.7 x 68 = 160.4; 85 % of 160.4 is 136
        assertThat(form.offerText()).contains("Tanaka 2001", "208", "0.7", "68", "136 bpm");
        form.takeOffer();
        assertThat(form.ceiling.get()).isEqualTo("136");
    }

    @Test
    void heartRateNotAGuideIsKeptWithTheCeiling() {
        form.ceiling.set("150");
        form.notAGuide.set(true);
        Client.Safety read = form.read();
        assertThat(read.heartRate().notAGuide()).isTrue();
        assertThat(read.heartRate().ceilingInForce()).isEmpty();
        form.show(read);
        assertThat(form.fields()).containsExactly("", "150", "true");
    }
}
