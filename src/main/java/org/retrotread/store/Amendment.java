package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.correction.Correction;

/**
 * A correction to a finished session, kept beside the original: who, when, why, and what changed.
 *
 * @param field      what it corrects, as stored: a {@code CorrectedField} name (with the event's number), or
 *                   the free text of an amendment made before corrections were structured (schema 8)
 * @param oldValue   the value it replaced, canonical for a structured correction
 * @param correction the structured correction, applied to every figure; empty for a free-text amendment
 */
public record Amendment(long id, long sessionId, Instant madeAt, String author, String reason, String field,
                        String oldValue, String newValue, Optional<Correction> correction) {
}
