package org.retrotread.report;

import java.util.Locale;
import java.util.Set;

/** The paper a sheet is laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    /** Countries where US Letter is the usual paper (the rest of the world uses A4). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR");

    public final float widthPoints;
    public final float heightPoints;

    PaperSize(float widthPoints, float heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public static PaperSize defaultFor(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
