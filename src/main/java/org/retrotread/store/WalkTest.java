package org.retrotread.store;

import java.time.Duration;
import java.time.LocalDate;

/** One 3-Metre Backward Walk Test: the time to walk 3 m backward, when, with which aid, and a note. */
public record WalkTest(long id, long clientId, LocalDate takenOn, Duration time, String aid, String note) {
}
