package org.retrotread.store;

/**
 * A session event as one row of {@code session_events}: typed columns rather than a blob, so the
 * journal can be read by SQL alone (exports, audits) and stays compact at millions of rows.
 * Which columns an event uses is decided in {@link EventCodec}.
 */
public record EventRow(long seq, long atNanos, String type, Double speedMps, Long n1, Long n2, Integer flag,
                       String label, String text) {
}
