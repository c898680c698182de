package org.retrotread.session.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.retrotread.session.text.Message;

/**
 * Whatever is typed into a number field, each parser of typed input returns a valid value or a message
 * a person can read (in English and German): it never throws, never returns NaN, a negative or an
 * infinite number, and never takes a mistyped entry for another number.
 */
class TypedInputProperties {

    private static final int EXAMPLES = 3_000;
    private static final List<ResourceBundle> LANGUAGES = List.of(
            ResourceBundle.getBundle("org.retrotread.i18n.messages", Locale.ENGLISH),
            ResourceBundle.getBundle("org.retrotread.i18n.messages", Locale.GERMAN));

    /** Anything at all: every code point, and mixes of digits, marks, signs and unit letters that nearly read. */
    static Gen<String> typed() {
        Gen<String> anything = strings().allPossible().ofLengthBetween(0, 40);
        Gen<String> nearly = lists().of(Generate.pick(List.of("0", "1", "9", ".", ",", "-", "+", " ", "e", "E", "x", "p",
                        "km/h", "mph", "s", "min", "%", "kg", ":", "NaN", "Infinity", "\u00a0", "\u0663", "\uff11", "f", "d")))
                .ofSizeBetween(0, 12).map(parts -> String.join("", parts));
        Gen<String> ones = integers().between(0, 500).map("1"::repeat);
        return anything.mix(nearly, 50).mix(ones, 20);
    }

    private static void readable(Message m) {
        for (ResourceBundle language : LANGUAGES) {
            assertThat(language.containsKey(m.key())).as("message %s in %s", m.key(), language.getLocale()).isTrue();
        }
    }

    @Test
    void aTypedSpeedIsASpeedOrAMessage() {
        qt().withFixedSeed(1201).withExamples(EXAMPLES).forAll(typed()).checkAssert(text -> {
            for (SpeedUnit unit : SpeedUnit.values()) {
                SpeedParser.Result r = SpeedParser.parse(text, unit);
                if (r instanceof SpeedParser.Parsed p) {
                    assertThat(p.speed().metresPerSecond()).isFinite().isNotNegative();
                    assertThat(text.strip()).matches("[0-9.,]+\\s*[\\p{L}/]*");
                } else {
                    readable(((SpeedParser.Refused) r).reason());
                }
            }
        });
    }

    @Test
    void aTypedDurationIsADayOrLessOrNothing() {
        qt().withFixedSeed(1202).withExamples(EXAMPLES).forAll(typed()).checkAssert(text ->
                DurationParser.parse(text).ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO)
                        .isLessThanOrEqualTo(Duration.ofDays(1))));
    }

    @Test
    void aTypedDecimalIsAPlainNumberOrNothing() {
        qt().withFixedSeed(1203).withExamples(EXAMPLES).forAll(typed()).checkAssert(text -> {
            for (String unit : List.of("", "s", "kg", "%")) {
                TypedDecimal.read(text, unit).ifPresent(v -> {
                    assertThat(v).isFinite().isNotNegative().isLessThan(1_000_000);
                    // only ASCII digits and one mark were read: no sign, exponent, hex, suffix or other script
                    assertThat(text.strip()).matches("[0-9]*[.,]?[0-9]*\\s*(?:" + Pattern.quote(unit) + ")?");
                });
            }
        });
    }

    @Test
    void theCasesThatOnceGotThrough() {
        assertThat(SpeedParser.parse("1".repeat(400), SpeedUnit.KILOMETRES_PER_HOUR)).isInstanceOf(SpeedParser.Refused.class);
        assertThat(SpeedParser.parse("1".repeat(16), SpeedUnit.MILES_PER_HOUR)).isInstanceOf(SpeedParser.Parsed.class);
        for (String notPlain : List.of("5f", "5d", "0x1p3", "1e3", "-5", "+5", "NaN", "Infinity", "1".repeat(400), "7,9,1", "\u0663")) {
            assertThat(TypedDecimal.read(notPlain, "")).as(notPlain).isEmpty();
        }
        assertThat(TypedDecimal.read(" 7,9 s", "s")).contains(7.9);
        assertThat(TypedDecimal.read("70kg", "kg")).contains(70.0);
        assertThat(TypedDecimal.read(",5", "")).contains(0.5);
    }
}
