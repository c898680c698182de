package org.retrotread.app;

import java.util.Locale;
import java.util.Set;
import org.retrotread.session.units.SpeedUnit;

/** The display unit before anyone chooses one: mph where treadmills are sold in mph. */
final class DisplayUnits {

    private static final Set<String> MPH_COUNTRIES = Set.of("US", "GB", "LR", "MM");

    private DisplayUnits() {
    }

    static SpeedUnit forLocale(Locale locale) {
        return MPH_COUNTRIES.contains(locale.getCountry()) ? SpeedUnit.MILES_PER_HOUR : SpeedUnit.KILOMETRES_PER_HOUR;
    }
}
