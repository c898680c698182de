package org.retrotread.session.plan;

/** The five kinds of block a plan is built from. */
public enum BlockKind {
    HANDRAIL, RAMP, STEADY, INTERVALS, COOLDOWN
}
