package org.retrotread.session.units;

/** An amount of energy in kilocalories (the unit clinics and treadmill displays use). */
public record Energy(double kilocalories) {

    public static final Energy ZERO = new Energy(0);

    public Energy {
        if (!Double.isFinite(kilocalories) || kilocalories < 0) {
            throw new IllegalArgumentException("energy must be finite and not negative: " + kilocalories);
        }
    }

    public Energy plus(Energy other) {
        return new Energy(kilocalories + other.kilocalories);
    }
}
