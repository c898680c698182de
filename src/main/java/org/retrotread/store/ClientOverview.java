package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;

/** A client with what the client list shows beside the name: their last session and this week's count. */
public record ClientOverview(Client client, Optional<Instant> lastSession, int sessionsThisWeek) {
}
