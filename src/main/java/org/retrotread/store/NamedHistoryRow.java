package org.retrotread.store;

import java.util.Optional;

/** A line of history with the client's name, for lists across all clients. */
public record NamedHistoryRow(Optional<Long> clientId, Optional<String> client, HistoryRow row) {
}
