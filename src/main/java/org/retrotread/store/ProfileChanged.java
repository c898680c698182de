package org.retrotread.store;

import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A profile saved by someone else (another workstation, another window) since it was opened here: the save is
 * refused, nothing is overwritten, and this says what the other changed, so the person can compare and save again.
 *
 * @see Clients#update(Client, Client)
 */
public final class ProfileChanged extends SQLException {

    private final Client current;
    private final Map<String, String> changed;

    ProfileChanged(Client current, Map<String, String> changed) {
        super("the profile of client " + current.id() + " was changed meanwhile: " + changed.keySet());
        this.current = current;
        this.changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed)); // values may be null: cleared
    }

    /** The profile as it is stored now: the one to compare with, and to load before saving again. */
    public Client current() {
        return current;
    }

    /**
     * What the other save changed: each field as the audit trail names it ({@code name}, {@code bodyMassKg}, ...,
     * {@code archived}) and its value now, canonical (kilograms, metres per second, ISO dates), or null.
     */
    public Map<String, String> changed() {
        return changed;
    }
}
