package org.retrotread.session;

import static org.retrotread.session.CommandKind.ADD_NOTE;
import static org.retrotread.session.CommandKind.ANSWER_HEART_RATE;
import static org.retrotread.session.CommandKind.CHECK_IN;
import static org.retrotread.session.CommandKind.CLOCK;
import static org.retrotread.session.CommandKind.CLOSE_INTERRUPTED;
import static org.retrotread.session.CommandKind.CONFIRM_GRADE;
import static org.retrotread.session.CommandKind.CONFIRM_SPEED;
import static org.retrotread.session.CommandKind.EMERGENCY_STOP;
import static org.retrotread.session.CommandKind.END;
import static org.retrotread.session.CommandKind.ENTER_GRADE;
import static org.retrotread.session.CommandKind.ENTER_SPEED;
import static org.retrotread.session.CommandKind.HANDS_OFF;
import static org.retrotread.session.CommandKind.HANDS_ON;
import static org.retrotread.session.CommandKind.HEART_RATE;
import static org.retrotread.session.CommandKind.NEXT_BLOCK;
import static org.retrotread.session.CommandKind.PAUSE;
import static org.retrotread.session.CommandKind.RESUME;
import static org.retrotread.session.CommandKind.START;
import static org.retrotread.session.SessionStatus.EMERGENCY_STOPPED;
import static org.retrotread.session.SessionStatus.FINISHED;
import static org.retrotread.session.SessionStatus.PAUSED;
import static org.retrotread.session.SessionStatus.READY;
import static org.retrotread.session.SessionStatus.RUNNING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every legal move of a session, in one place: in status X, command Y may lead to status Z.
 *
 * <p>A command missing from a status's row is refused before anything happens. After a command is
 * carried out the engine checks the status it reached is one this table allows, so a bug in the
 * engine shows up as a failure instead of a session in a state nobody designed.
 */
public final class MoveTable {

    private static final Map<SessionStatus, Map<CommandKind, Set<SessionStatus>>> MOVES = new EnumMap<>(SessionStatus.class);

    static {
        // Before start: a check-in or a note (pain before the session is a clinical baseline).
        move(READY, START, RUNNING);
        move(READY, CHECK_IN, READY);
        move(READY, ADD_NOTE, READY);
        move(READY, HEART_RATE, READY); // a resting heart rate before the start

        // A heart rate may be taken at any moment; its answer, where one is due, likewise. Stopping is
        // an answer, so from a running session it may pause it.
        move(RUNNING, HEART_RATE, RUNNING);
        move(RUNNING, ANSWER_HEART_RATE, RUNNING, PAUSED);
        move(PAUSED, HEART_RATE, PAUSED);
        move(PAUSED, ANSWER_HEART_RATE, PAUSED);
        move(EMERGENCY_STOPPED, HEART_RATE, EMERGENCY_STOPPED);
        move(EMERGENCY_STOPPED, ANSWER_HEART_RATE, EMERGENCY_STOPPED);
        move(FINISHED, HEART_RATE, FINISHED);
        move(FINISHED, ANSWER_HEART_RATE, FINISHED);
        move(READY, ANSWER_HEART_RATE, READY);
        // The deck may be lowered (or raised) while the belt stands: a grade is the deck's, not the belt's.
        move(PAUSED, ENTER_GRADE, PAUSED);
        move(EMERGENCY_STOPPED, ENTER_GRADE, EMERGENCY_STOPPED);

        move(RUNNING, ENTER_SPEED, RUNNING);
        move(RUNNING, CONFIRM_SPEED, RUNNING);
        move(RUNNING, ENTER_GRADE, RUNNING);
        move(RUNNING, CONFIRM_GRADE, RUNNING);
        move(RUNNING, HANDS_OFF, RUNNING, FINISHED); // hands off ends a handrail phase, maybe the last one
        move(RUNNING, HANDS_ON, RUNNING);
        move(RUNNING, NEXT_BLOCK, RUNNING, FINISHED);
        move(RUNNING, PAUSE, PAUSED);
        move(RUNNING, EMERGENCY_STOP, EMERGENCY_STOPPED);
        move(RUNNING, END, FINISHED);
        move(RUNNING, CHECK_IN, RUNNING);
        move(RUNNING, ADD_NOTE, RUNNING);
        move(RUNNING, CLOCK, RUNNING, FINISHED);
        move(RUNNING, CLOSE_INTERRUPTED, FINISHED);

        move(PAUSED, RESUME, RUNNING);
        move(PAUSED, EMERGENCY_STOP, EMERGENCY_STOPPED);
        move(PAUSED, END, FINISHED);
        move(PAUSED, CHECK_IN, PAUSED);
        move(PAUSED, ADD_NOTE, PAUSED);
        move(PAUSED, CLOCK, PAUSED);
        move(PAUSED, CLOSE_INTERRUPTED, FINISHED);

        // After an emergency stop the operator decides: go on (the screen asks to confirm) or end.
        move(EMERGENCY_STOPPED, RESUME, RUNNING);
        move(EMERGENCY_STOPPED, END, FINISHED);
        move(EMERGENCY_STOPPED, CHECK_IN, EMERGENCY_STOPPED);
        move(EMERGENCY_STOPPED, ADD_NOTE, EMERGENCY_STOPPED);
        move(EMERGENCY_STOPPED, CLOCK, EMERGENCY_STOPPED);
        move(EMERGENCY_STOPPED, CLOSE_INTERRUPTED, FINISHED);

        // After the end: the closing check-in (pain after) and notes only.
        move(FINISHED, CHECK_IN, FINISHED);
        move(FINISHED, ADD_NOTE, FINISHED);
        move(FINISHED, CLOCK, FINISHED);

        move(READY, CLOCK, READY);
    }

    private MoveTable() {
    }

    private static void move(SessionStatus from, CommandKind command, SessionStatus... to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(CommandKind.class))
                .put(command, EnumSet.of(to[0], to));
    }

    public static boolean allows(SessionStatus from, CommandKind command) {
        return MOVES.getOrDefault(from, Map.of()).containsKey(command);
    }

    public static boolean allows(SessionStatus from, CommandKind command, SessionStatus to) {
        return MOVES.getOrDefault(from, Map.of()).getOrDefault(command, Set.of()).contains(to);
    }
}
