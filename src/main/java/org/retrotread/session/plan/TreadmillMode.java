package org.retrotread.session.plan;

/** How the belt moves; decides whether blocks target speeds or effort. */
public enum TreadmillMode {
    /** Motor on. The console cannot set the belt: it prompts the operator, who enters what was set. */
    POWERED,
    /** "Dead mill": motor off, the walker drives the belt. Targets are time and effort; speeds are observations. */
    UNPOWERED
}
