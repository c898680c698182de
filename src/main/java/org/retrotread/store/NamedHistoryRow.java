package org.retrotread.store;

import java.util.Optional;

/** A line of history with the client's name, for lists across all clients. */
public record NamedHistoryRow(Optional<String> client, HistoryRow row) {
}
