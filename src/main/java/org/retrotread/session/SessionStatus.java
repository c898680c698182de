package org.retrotread.session;

/** Where a session is in its life. The legal moves between these are listed in {@link MoveTable}. */
public enum SessionStatus {
    READY, RUNNING, PAUSED, EMERGENCY_STOPPED, FINISHED
}
