package org.retrotread.session.event;

import java.time.Duration;
import org.retrotread.session.units.Grade;

/** The deck's actual grade from now on, as the operator confirmed or typed it. */
public record GradeSet(long seq, Duration at, Grade grade, Source source) implements SessionEvent {

    public enum Source {
        /** The operator confirmed the prompted grade as set. */
        PROMPT_CONFIRMED,
        /** The operator typed or stepped the grade actually set. */
        ENTERED
    }
}
