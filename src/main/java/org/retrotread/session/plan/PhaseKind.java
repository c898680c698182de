package org.retrotread.session.plan;

/** The kinds of phase a summary reports time for. */
public enum PhaseKind {
    HANDRAIL, RAMP, STEADY, WORK, RECOVERY, COOLDOWN
}
