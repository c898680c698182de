package org.retrotread.session.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrotread.i18n.Messages;

/** Grades and heart rates as operators type them, and everything else refused with a reason. */
class GradeAndHeartRateParserTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5|50", "5.5|55", "5,5|55", "-3|-30", "\u22122.5|-25", "+2|20", "4 %|40", "0|0",
            ".5|5", "40|400", "-25|-250", " 7 |70"})
    void typedGradesAreRead(String typed, int tenths) {
        assertThat(GradeParser.parse(typed)).isEqualTo(new GradeParser.Parsed(new Grade(tenths)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|Type a grade", "abc|is not a grade", "5.25|more than one decimal",
            "41|from -25\u00a0% to 40\u00a0%", "-26|from -25\u00a0% to 40\u00a0%", "1e3|is not a grade", "NaN|is not a grade",
            "5 km/h|is not a grade", "--5|is not a grade", "12345678901|at most 10 characters", "5%%|is not a grade"})
    void anythingElseIsRefusedWithItsReason(String typed, String says) {
        GradeParser.Result result = GradeParser.parse(typed);
        assertThat(result).isInstanceOf(GradeParser.Refused.class);
        assertThat(EN.format(((GradeParser.Refused) result).reason())).contains(says);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"128|128", "128 bpm|128", "128/min|128", "30|30", "230|230", "090|90"})
    void typedHeartRatesAreRead(String typed, int bpm) {
        assertThat(HeartRateParser.parse(typed).read()).contains(new HeartRate(bpm));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "29", "231", "0", "-80", "12.5", "abc", "1e2", "NaN",
            "999999999999999999999999999999999999999999", "80 mph"})
    void implausibleOrNonNumericHeartRatesAreRefusedAndNeverMade(String typed) {
        HeartRateParser.Result result = HeartRateParser.parse(typed);
        assertThat(result).isInstanceOf(HeartRateParser.Refused.class);
        assertThat(result.read()).isEmpty();
        assertThat(EN.format(((HeartRateParser.Refused) result).reason())).isNotBlank().doesNotStartWith("[");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"50|5\u00a0%", "55|5.5\u00a0%", "-30|-3\u00a0%", "0|0\u00a0%"})
    void gradesAreShownAsATreadmillShowsThem(int tenths, String shown) {
        assertThat(EN.grade(new Grade(tenths))).isEqualTo(shown);
        assertThat(new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR).grade(new Grade(55))).isEqualTo("5,5\u00a0%");
    }
}
