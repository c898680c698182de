package org.retrotread.session.units;

/** The units a person may see or type a speed in. Storage is always metres per second. */
public enum SpeedUnit {
    KILOMETRES_PER_HOUR("km/h", 1000.0 / 3600.0),
    MILES_PER_HOUR("mph", 1609.344 / 3600.0);

    private final String symbol;
    private final double metresPerSecondPerUnit;

    SpeedUnit(String symbol, double metresPerSecondPerUnit) {
        this.symbol = symbol;
        this.metresPerSecondPerUnit = metresPerSecondPerUnit;
    }

    /** The symbol printed after a number; the same in every language we ship. */
    public String symbol() {
        return symbol;
    }

    double metresPerSecondPerUnit() {
        return metresPerSecondPerUnit;
    }
}
