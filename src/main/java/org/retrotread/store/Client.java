package org.retrotread.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;

/**
 * A patient or athlete.
 *
 * @param id         0 for a client not yet saved
 * @param maxSpeed   the fastest the clinician allows; prompts are capped at it
 * @param archived   hidden from lists but kept, with their sessions
 */
public record Client(long id, String name, Optional<String> identifier, Optional<LocalDate> dateOfBirth,
                     Optional<BodyMass> bodyMass, Optional<Speed> maxSpeed, String notes, boolean archived) {

    public Client {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        notes = notes == null ? "" : notes;
    }

    /** A new client with just a name, the quickest way to start a session. */
    public static Client named(String name) {
        return new Client(0, name.strip(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", false);
    }
}
