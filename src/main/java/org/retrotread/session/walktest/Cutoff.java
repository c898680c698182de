package org.retrotread.session.walktest;

import java.time.Duration;

/**
 * Published fall-risk cut-offs for the 3-Metre Backward Walk Test: a time above the cut-off marks
 * raised fall risk in that population. They differ by population, so the clinician chooses which one
 * a chart draws, and the chart names its source.
 */
public enum Cutoff {
    COMMUNITY_OLDER_ADULTS(4_500, "Carter"),
    PARKINSONS_CARTER(4_200, "Carter 2020"),
    PARKINSONS_POLO_FERRERO(5_500, "Polo-Ferrero 2025"),
    NURSING_HOME_FUTURE_FALLS(8_150, "Kapan 2025"),
    NURSING_HOME_PAST_FALLS(9_310, "Kapan 2025");

    private final Duration time;
    private final String source;

    Cutoff(long millis, String source) {
        this.time = Duration.ofMillis(millis);
        this.source = source;
    }

    public Duration time() {
        return time;
    }

    /** The study, as cited in the project's domain notes. */
    public String source() {
        return source;
    }

    /** True when a result is slower than the cut-off, i.e. a fall-risk flag. */
    public boolean flags(Duration result) {
        return result.compareTo(time) > 0;
    }
}
