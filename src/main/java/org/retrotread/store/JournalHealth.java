package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.text.Message;

/**
 * Whether writes are going through; when not, how many items wait, since when, and why ({@code problem},
 * a sentence for the screen). A healthy journal may still carry a {@code problem}: what went wrong and
 * was put right (a lost log rescued), for the screen to say once.
 */
public record JournalHealth(boolean ok, int waiting, Message problem, Optional<Instant> since) {
    static final JournalHealth OK = new JournalHealth(true, 0, null, Optional.empty());
}
