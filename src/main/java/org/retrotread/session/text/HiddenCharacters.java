package org.retrotread.session.text;

/**
 * Characters that make what is shown differ from what is stored: control characters and the marks that turn
 * the direction of the text round (U+202A to U+202E, U+2066 to U+2069). Names, notes and corrections refuse them.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    public static boolean isHidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || (codePoint >= 0x202a && codePoint <= 0x202e)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
