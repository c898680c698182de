package org.retrotread.report;

import org.retrotread.i18n.Messages;

/** The sheet fixtures for code outside this package (the benchmark). */
public final class SheetFixturesAccess {

    private SheetFixturesAccess() {
    }

    public static Messages english() {
        return SheetFixtures.ENGLISH;
    }

    public static SheetInput knee() {
        return SheetFixtures.knee("Łukasz Żółć", "Steady on the ramp.");
    }

    /** The Cipriani grades with a heart rate above the ceiling (see {@link SheetFixtures#uphill}). */
    public static SheetInput uphill() {
        return SheetFixtures.uphill();
    }

    public static SheetInput twoHours() {
        return SheetFixtures.twoHours();
    }

    public static SheetInput deadMill() {
        return SheetFixtures.deadMill();
    }

    public static SheetInput fortyBlocks() {
        return SheetFixtures.fortyBlocks("Walked well. ".repeat(231));
    }
}
