package org.retrotread.session;

import java.util.Optional;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;

/**
 * What a session needs to know beyond its plan: the person and the machine.
 *
 * @param clientMaxSpeed    the fastest the clinician allows this client, if set
 * @param treadmillMaxSpeed the treadmill's own maximum (a setting; 20 km/h by default)
 * @param bodyMass          the client's body mass, if known; without it energy is not estimable
 */
public record SessionContext(Optional<Speed> clientMaxSpeed, Speed treadmillMaxSpeed, Optional<BodyMass> bodyMass) {

    public static final Speed DEFAULT_TREADMILL_MAX = Speed.ofKmh(20);

    public static SessionContext anonymous() {
        return new SessionContext(Optional.empty(), DEFAULT_TREADMILL_MAX, Optional.empty());
    }
}
