package org.retrotread.session;

/** What can make a session change: the operator's commands, and time passing. */
public enum CommandKind {
    START, ENTER_SPEED, CONFIRM_SPEED, HANDS_OFF, HANDS_ON, NEXT_BLOCK, PAUSE, RESUME,
    EMERGENCY_STOP, END, CHECK_IN, ADD_NOTE, ENTER_GRADE, CONFIRM_GRADE, HEART_RATE, ANSWER_HEART_RATE,
    /** Not an operator key: crash recovery closing a session the app lost, as "interrupted". */
    CLOSE_INTERRUPTED,
    /** Not an operator command: the clock moving a session through its timed segments. */
    CLOCK
}
