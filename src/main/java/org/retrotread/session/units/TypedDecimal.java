package org.retrotread.session.units;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a plain decimal number as people type it into a field: {@code 70}, {@code 7.9}, {@code 7,9}.
 * Either decimal mark, as in {@link SpeedParser}. Nothing else is a number here: no sign, no exponent,
 * no hexadecimal, no {@code NaN} or {@code Infinity}, no Java suffix such as {@code 5f} (all of which
 * {@link Double#parseDouble} would accept), and at most six digits before the mark and three after,
 * so a run of 400 digits is refused before any number is made. It never throws.
 */
public final class TypedDecimal {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}(?:[.,]\\d{0,3})?|[.,]\\d{1,3}");

    private TypedDecimal() {
    }

    /**
     * The number typed, with an optional unit written after it ({@code "7.9 s"}, {@code "70kg"},
     * {@code "10 %"}) when {@code unit} names it; empty when the text is not such a number.
     */
    public static Optional<Double> read(String typed, String unit) {
        String t = typed == null ? "" : typed.strip();
        if (!unit.isEmpty() && t.endsWith(unit)) {
            t = t.substring(0, t.length() - unit.length()).strip();
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t.replace(',', '.')));
    }
}
