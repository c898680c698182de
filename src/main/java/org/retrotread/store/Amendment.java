package org.retrotread.store;

import java.time.Instant;

/** A correction to a finished session, kept beside the original: who, when, why, and what changed. */
public record Amendment(long id, long sessionId, Instant madeAt, String author, String reason, String field,
                        String oldValue, String newValue) {
}
