package org.retrotread.session;

import java.util.Optional;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;

/**
 * What a session needs to know beyond its plan: the person and the machine.
 *
 * @param clientMaxSpeed    the fastest the clinician allows this client, if set
 * @param treadmillMaxSpeed the treadmill's own maximum (a setting; 20 km/h by default)
 * @param bodyMass          the client's body mass, if known; without it energy is not estimable
 * @param clientMaxGrade    the steepest incline the clinician allows this client, if set
 * @param gradeRange        the grades the treadmill's deck can be set to (a setting)
 * @param heartRate         the client's heart-rate ceiling, and whether heart rate is a guide at all
 */
public record SessionContext(Optional<Speed> clientMaxSpeed, Speed treadmillMaxSpeed, Optional<BodyMass> bodyMass,
                             Optional<Grade> clientMaxGrade, GradeRange gradeRange, HeartRateGuide heartRate) {

    public static final Speed DEFAULT_TREADMILL_MAX = Speed.ofKmh(20);

    /** A context with no grade limit of the client's, the usual treadmill range and no heart-rate ceiling. */
    public SessionContext(Optional<Speed> clientMaxSpeed, Speed treadmillMaxSpeed, Optional<BodyMass> bodyMass) {
        this(clientMaxSpeed, treadmillMaxSpeed, bodyMass, Optional.empty(), GradeRange.DEFAULT, HeartRateGuide.NONE);
    }

    public static SessionContext anonymous() {
        return new SessionContext(Optional.empty(), DEFAULT_TREADMILL_MAX, Optional.empty());
    }
}
