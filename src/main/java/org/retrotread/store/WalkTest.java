package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One 3-Metre Backward Walk Test: the time to walk 3 m backward, when, with which aid, and a note.
 *
 * @param time       the time that counts: the newest correction's, else the one recorded
 * @param correction the newest correction, if the result was corrected (the original time is kept in it)
 */
public record WalkTest(long id, long clientId, LocalDate takenOn, Duration time, String aid, String note,
                       Optional<Correction> correction) {

    public WalkTest(long id, long clientId, LocalDate takenOn, Duration time, String aid, String note) {
        this(id, clientId, takenOn, time, aid, note, Optional.empty());
    }

    /** A correction of a result typed wrongly: who made it, when, why, and the time first recorded. */
    public record Correction(Duration recorded, Instant madeAt, String author, String reason) {
    }
}
