package org.retrotread.session.correction;

/**
 * What a correction to a finished session changes. Each names one recorded value a clinician acts on;
 * {@link #OTHER} keeps a correction in the trail that changes no figure (a wrong operator name, say).
 */
public enum CorrectedField {
    /** The pain score before the start (the last check-in before it, or one the record lacks). */
    PAIN_BEFORE(false),
    /** The pain score after the start (the last check-in with pain after it, or one the record lacks). */
    PAIN_AFTER(false),
    /** The effort (RPE 0-10) of one check-in. */
    CHECK_IN_EFFORT(true),
    /** The pain (0-10) of one check-in. */
    CHECK_IN_PAIN(true),
    /** The belt speed one speed entry recorded. */
    SPEED(true),
    /** How the session ended. */
    ENDING(false),
    /** The text of one note. */
    NOTE(true),
    /** Anything else: kept in the trail, changes no figure. */
    OTHER(false);

    private final boolean namesAnEvent;

    CorrectedField(boolean namesAnEvent) {
        this.namesAnEvent = namesAnEvent;
    }

    /** Whether the correction names the one event it changes (by its number in the session). */
    public boolean namesAnEvent() {
        return namesAnEvent;
    }
}
