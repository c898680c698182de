package org.retrotread.session.plan;

import java.util.Optional;

/** What the walker does between backward work intervals. */
public sealed interface Recovery permits Recovery.Backward, Recovery.Stand, Recovery.ForwardWalk {

    /** Keep walking backward, easier. */
    record Backward(Target speedOrEffort) implements Recovery {
    }

    /** Step onto the side rails and stand; the walker covers no distance. */
    record Stand() implements Recovery {
    }

    /** Turn round and walk forward. */
    record ForwardWalk(Target speedOrEffort) implements Recovery {
    }

    default Optional<Target> targetIfAny() {
        if (this instanceof Backward b) {
            return Optional.of(b.speedOrEffort());
        }
        if (this instanceof ForwardWalk f) {
            return Optional.of(f.speedOrEffort());
        }
        return Optional.empty();
    }

    default Movement movement() {
        if (this instanceof Backward) {
            return Movement.BACKWARD;
        }
        return this instanceof ForwardWalk ? Movement.FORWARD : Movement.STANDING;
    }
}
