package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;
import org.retrotread.session.units.Grade;

/** A building block of a plan. Each kind checks its own values when it is made. */
public sealed interface Block permits HandrailBlock, RampBlock, SteadyBlock, IntervalBlock, CooldownBlock {

    BlockKind kind();

    /** The time this block is planned to take (for a handrail phase, its minimum). */
    Duration plannedDuration();

    /** Every target the block names, to check they all suit the plan's treadmill mode. */
    List<Target> targets();

    /** Every grade the block names (a ramp's both ends), to check them against a treadmill's range. */
    List<Grade> grades();

    /** This block cut into segments of one target each. */
    List<Segment> segments(int blockIndex);
}
