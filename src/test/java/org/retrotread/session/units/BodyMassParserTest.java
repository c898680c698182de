package org.retrotread.session.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyMassParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"72.5", "72,5", "72.5 kg", " 72,5kg "})
    void readsAMassTypedEitherWay(String typed) {
        assertThat(BodyMassParser.parse(typed)).isEqualTo(new BodyMassParser.Parsed(new BodyMass(72.5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seventy", "-70", "7e1", "NaN", "0x46", "70 lb", ""})
    void refusesWhatIsNotANumberOfKilograms(String typed) {
        var read = BodyMassParser.parse(typed);
        assertThat(read).isInstanceOf(BodyMassParser.Refused.class);
        assertThat(((BodyMassParser.Refused) read).reason().key()).isEqualTo("ui.clients.massNotANumber");
    }

    @Test
    void refusesAMassOutsideWhatAPersonWeighsAndSaysTheRange() {
        var read = (BodyMassParser.Refused) BodyMassParser.parse("4000");
        assertThat(read.reason().key()).isEqualTo("ui.clients.massRange");
        assertThat(read.reason().args()).containsExactly(10, 400);
        assertThat(BodyMassParser.parse("9.9")).isInstanceOf(BodyMassParser.Refused.class);
        assertThat(BodyMassParser.parse("400")).isInstanceOf(BodyMassParser.Parsed.class);
    }
}
