package org.retrotread.store;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The stable identities of records (schema version 6). A record gets a random UUID when it is made; a
 * session's events get one derived from the session's and their number, so that anything that knows a
 * session's events (an export of it) names them the same way the database does.
 */
public final class RecordIds {

    private RecordIds() {
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** A session event's UUID: a name-based UUID of "session UUID/seq" (RFC 4122 version 3). */
    public static String event(String sessionUuid, long seq) {
        return UUID.nameUUIDFromBytes((sessionUuid + "/" + seq).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
