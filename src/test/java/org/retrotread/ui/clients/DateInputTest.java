package org.retrotread.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;

/** Dates of birth as typed: in the language's order, shown before typing, and never corrected into another day. */
class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final DateInput english = new DateInput(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR));
    private final DateInput german = new DateInput(new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR));

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToOneThatDoes() {
        assertThat(english.read("02/31/2020", TODAY)).isEqualTo(new DateInput.Result(Optional.empty(),
                "There is no such day as 02/31/2020: type a date that exists, such as 3/28/1956."));
        assertThat(english.read("2020-02-31", TODAY).date()).isEmpty();
        assertThat(german.read("31.02.2020", TODAY).problem()).startsWith("Den Tag 31.02.2020 gibt es nicht");
        assertThat(english.read("2/29/2019", TODAY).date()).isEmpty();            // not a leap year
        assertThat(english.read("2/29/2020", TODAY).date()).contains(LocalDate.of(2020, 2, 29));
        assertThat(german.read("29.02.2020", TODAY).date()).contains(LocalDate.of(2020, 2, 29));
        assertThat(english.read("13/01/2020", TODAY).date()).isEmpty();           // a German order typed in English
    }

    @Test
    void theFormIsShownBeforeTypingInTheLanguagesOrder() {
        assertThat(english.prompt()).isEqualTo("such as 3/28/1956");
        assertThat(german.prompt()).isEqualTo("etwa 28.03.1956");
        assertThat(english.read("tomorrow", TODAY).problem()).isEqualTo("Type a date such as 3/28/1956.");
    }

    @Test
    void anythingTypedIsADayOrASentence() {
        QuickTheory.qt().withFixedSeed(1204).withExamples(3_000)
                .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 30)
                        .mix(SourceDSL.lists().of(Generate.pick(
                                List.of("1", "2", "9", "0", "/", ".", "-", " ", "99999", "+"))).ofSizeBetween(0, 14)
                                .map(parts -> String.join("", parts)), 60))
                .checkAssert(typed -> {
                    for (DateInput input : List.of(english, german)) {
                        DateInput.Result r = input.read(typed, TODAY);
                        assertThat(r.date().isPresent()).as(typed).isNotEqualTo(!r.problem().isEmpty());
                        r.date().ifPresent(d -> assertThat(d).isBeforeOrEqualTo(TODAY));
                        assertThat(r.problem()).doesNotContain("{").doesNotStartWith("[");
                    }
                });
    }
}
