package org.retrotread.ui.start;

import org.retrotread.store.Client;

/**
 * Who the session is for: a client on record, a new one known so far by name, or nobody in particular.
 * A name that matches nobody is a new client; part of exactly one client's name is that client.
 */
public sealed interface ClientChoice {

    record Existing(Client client) implements ClientChoice {
    }

    /** Saved as a client when the session starts: a name is enough to begin. */
    record NewClient(String name) implements ClientChoice {
    }

    /** What was typed fits several clients: the person must pick one (a guess could file a session under the wrong person). */
    record Unclear(int matching) implements ClientChoice {
    }

    /** A walk-in or a demonstration: the session is saved without a client. */
    record Nobody() implements ClientChoice {
    }
}
