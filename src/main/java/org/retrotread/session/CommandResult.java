package org.retrotread.session;

import java.util.List;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.text.Message;

/** What became of a command: carried out, refused (nothing changed), or waiting for a confirmation. */
public sealed interface CommandResult {

    /** Carried out; {@code events} are everything the call recorded, including time catching up. */
    record Accepted(List<SessionEvent> events) implements CommandResult {
        public Accepted { events = List.copyOf(events); }
    }

    /** Not carried out and nothing changed; {@code reason} says why. */
    record Refused(Message reason) implements CommandResult {
    }

    /** Not carried out yet: the same command again, confirmed, will be. */
    record NeedsConfirmation(Message question) implements CommandResult {
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
