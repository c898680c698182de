package org.retrotread.session.plan;

import org.retrotread.session.units.Effort;
import org.retrotread.session.units.Speed;

/** What a block asks of the walker: a belt speed (powered) or an effort (unpowered). */
public sealed interface Target permits Target.AtSpeed, Target.AtEffort {

    record AtSpeed(Speed speed) implements Target {
    }

    record AtEffort(Effort effort) implements Target {
    }

    static Target kmh(double kilometresPerHour) {
        return new AtSpeed(Speed.ofKmh(kilometresPerHour));
    }

    static Target rpe(int rpe) {
        return new AtEffort(new Effort(rpe));
    }

    default TreadmillMode mode() {
        return this instanceof AtSpeed ? TreadmillMode.POWERED : TreadmillMode.UNPOWERED;
    }
}
