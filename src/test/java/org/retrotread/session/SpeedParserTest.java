package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.session.units.SpeedUnit;

class SpeedParserTest {

    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    @ParameterizedTest(name = "{0} with bare unit {1} in {2} is {3} km/h")
    @CsvSource(delimiter = '|', value = {
            "2.5        | KILOMETRES_PER_HOUR | en | 2.5",
            "2,5        | KILOMETRES_PER_HOUR | en | 2.5",
            "2.5        | KILOMETRES_PER_HOUR | de | 2.5",
            "2,5        | KILOMETRES_PER_HOUR | de | 2.5",
            "2.5 km/h   | MILES_PER_HOUR      | en | 2.5",
            "2,5 KM/H   | MILES_PER_HOUR      | de | 2.5",
            "2.5kmh     | MILES_PER_HOUR      | en | 2.5",
            "2.5 kph    | MILES_PER_HOUR      | en | 2.5",
            "1.6mph     | KILOMETRES_PER_HOUR | en | 2.5749504",
            "1,6 mph    | KILOMETRES_PER_HOUR | de | 2.5749504",
            "1          | MILES_PER_HOUR      | en | 1.609344",
            "'  3  '    | KILOMETRES_PER_HOUR | de | 3.0",
            ".5         | KILOMETRES_PER_HOUR | en | 0.5",
            "0          | KILOMETRES_PER_HOUR | en | 0.0",
            "20.        | KILOMETRES_PER_HOUR | en | 20.0",
    })
    void readsWhatPeopleType(String typed, SpeedUnit bareUnit, String language, double expectedKmh) {
        Locale.setDefault(Locale.forLanguageTag(language));
        SpeedParser.Result result = SpeedParser.parse(typed, bareUnit);
        assertThat(result).isInstanceOf(SpeedParser.Parsed.class);
        assertThat(((SpeedParser.Parsed) result).speed().kmh()).isCloseTo(expectedKmh, Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "''          | speed.error.empty",
            "'   '       | speed.error.empty",
            "fast        | speed.error.notANumber",
            "2.5.1       | speed.error.notANumber",
            "1,000.5     | speed.error.notANumber",
            "2 5         | speed.error.notANumber",
            "-2.5        | speed.error.negative",
            "-1 mph      | speed.error.negative",
            "-1          | speed.error.negative",
            "-0          | speed.error.negative",
            "+4          | speed.error.sign",
            "+0.5        | speed.error.sign",
            "12345678901234567 | speed.error.tooLong",
            "NaN         | speed.error.notFinite",
            "Infinity    | speed.error.notFinite",
            "-inf        | speed.error.notFinite",
            "3 m/s       | speed.error.unknownUnit",
            "3 knots     | speed.error.unknownUnit",
    })
    void refusesWithAReason(String typed, String key) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMANY}) {
            Locale.setDefault(locale);
            SpeedParser.Result result = SpeedParser.parse(typed, SpeedUnit.KILOMETRES_PER_HOUR);
            assertThat(result).isInstanceOf(SpeedParser.Refused.class);
            assertThat(((SpeedParser.Refused) result).reason().key()).isEqualTo(key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void refusalsReadAsSentencesInBothLanguages(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language), SpeedUnit.KILOMETRES_PER_HOUR);
        SpeedParser.Refused refused = (SpeedParser.Refused) SpeedParser.parse("fast", SpeedUnit.KILOMETRES_PER_HOUR);
        String text = messages.format(refused.reason());
        assertThat(text).contains("fast").doesNotContain("[").doesNotContain("{");
        assertThat(text).contains(language.equals("de") ? "keine Geschwindigkeit" : "is not a speed");
    }

    @Test
    void germanShowsDecimalComma() {
        Messages german = new Messages(Locale.GERMANY, SpeedUnit.KILOMETRES_PER_HOUR);
        Messages english = new Messages(Locale.UK, SpeedUnit.MILES_PER_HOUR);
        assertThat(german.speed(Speed.ofKmh(2.5))).isEqualTo("2,5 km/h");
        assertThat(english.speed(Speed.ofMph(1.6))).isEqualTo("1.6 mph");
    }
}
