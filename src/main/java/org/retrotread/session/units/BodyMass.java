package org.retrotread.session.units;

/** A person's body mass in kilograms; used only for energy estimates. */
public record BodyMass(double kilograms) {

    public static final double MIN_KG = 10;
    public static final double MAX_KG = 400;

    public BodyMass {
        if (!Double.isFinite(kilograms) || kilograms < MIN_KG || kilograms > MAX_KG) {
            throw new IllegalArgumentException("body mass must be 10-400 kg: " + kilograms);
        }
    }
}
