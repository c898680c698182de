package org.retrotread.session.text;

/**
 * What a person typed, as a refusal quotes it back: whole when short, its beginning and an ellipsis when
 * long, so 400 digits in a two-digit field give a message that still fits its dialog and can be read.
 */
public final class Echo {

    /** Long enough for any mistyped number or score to be quoted whole. */
    static final int LONGEST_SHOWN = 24;

    private Echo() {
    }

    public static String of(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.codePointCount(0, t.length()) <= LONGEST_SHOWN) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, LONGEST_SHOWN)) + "\u2026";
    }
}
