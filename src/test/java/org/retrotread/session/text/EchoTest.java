package org.retrotread.session.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void shortTextIsQuotedWholeAndStripped() {
        assertThat(Echo.of("  2,5 kmh ")).isEqualTo("2,5 kmh");
        assertThat(Echo.of("x".repeat(24))).isEqualTo("x".repeat(24));
        assertThat(Echo.of(null)).isEmpty();
    }

    @Test
    void longTextIsCutAtTwentyFourCharactersWithAnEllipsis() {
        assertThat(Echo.of("9".repeat(400))).isEqualTo("9".repeat(24) + "\u2026");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String faces = "\uD83D\uDE00".repeat(30);                      // 30 emoji, two chars each
        String shown = Echo.of(faces);
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(25);
        assertThat(shown).startsWith("\uD83D\uDE00".repeat(24)).endsWith("\u2026");
    }
}
