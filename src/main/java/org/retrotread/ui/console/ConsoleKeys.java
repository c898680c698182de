package org.retrotread.ui.console;

import javafx.scene.input.KeyCode;
import org.retrotread.session.SessionStatus;

/**
 * What a key press does on the console: the one place keys become actions.
 *
 * <p>The rule that keeps typing safe: while a typed speed or grade is open, no key but Esc (emergency stop),
 * Enter, the editing keys, the speed and grade arrows and the function keys does anything on its own. A letter
 * pressed then is a character of the entry (it arrives as a typed character and is refused with the
 * entry), never the command it would be with no entry open.
 */
final class ConsoleKeys {

    /** Everything a key can ask of the console. */
    enum Action {
        EMERGENCY_STOP, ENTER, BACKSPACE, CANCEL_ENTRY, UP_SMALL, DOWN_SMALL, UP_LARGE, DOWN_LARGE,
        /** Shift+Up / Shift+Down: the deck's grade +/- 0.5 %. */
        GRADE_UP, GRADE_DOWN,
        /** G: type a grade. */
        GRADE,
        /** B: type a heart rate (beats per minute). */
        HEART_RATE,
        PAUSE_OR_RESUME, HANDS, NEXT_BLOCK, END, CHECK_IN, NOTE, EXPORT, PRINT, PDF, CSV, TCX, FIT, MUTE, HELP, THEME,
        FULL_SCREEN,
        /** Taken and dropped: the key's character, if any, goes to the open entry. */
        SWALLOW,
        /** Not the console's: left for whatever has focus. */
        NONE
    }

    private ConsoleKeys() {
    }

    static Action pressed(KeyCode key, boolean entryOpen, SessionStatus status) {
        return pressed(key, false, entryOpen, status);
    }

    static Action pressed(KeyCode key, boolean shift, boolean entryOpen, SessionStatus status) {
        Action always = shift && (key == KeyCode.UP || key == KeyCode.DOWN)
                ? (key == KeyCode.UP ? Action.GRADE_UP : Action.GRADE_DOWN) : always(key);
        if (always != Action.NONE) {
            return always;
        }
        if (entryOpen) {
            return key == KeyCode.DELETE ? Action.CANCEL_ENTRY : Action.SWALLOW;
        }
        return switch (key) {
            case SPACE -> Action.PAUSE_OR_RESUME;
            case H -> Action.HANDS;
            case G -> Action.GRADE;
            case B -> Action.HEART_RATE;
            case N -> Action.NEXT_BLOCK;
            case E -> Action.END;
            case C -> Action.CHECK_IN;
            case T -> Action.NOTE;
            case X -> Action.EXPORT;
            // On paper once the session is over: never mid-session by a stray key.
            case P -> status == SessionStatus.FINISHED ? Action.PRINT : Action.NONE;
            case D -> status == SessionStatus.FINISHED ? Action.PDF : Action.NONE;
            case V -> status == SessionStatus.FINISHED ? Action.CSV : Action.NONE;
            case R -> status == SessionStatus.FINISHED ? Action.TCX : Action.NONE;
            case F -> status == SessionStatus.FINISHED ? Action.FIT : Action.NONE;
            case M -> Action.MUTE;
            default -> Action.NONE;
        };
    }

    /** Keys that mean the same with or without an entry open. */
    private static Action always(KeyCode key) {
        return switch (key) {
            case ESCAPE -> Action.EMERGENCY_STOP;
            case ENTER -> Action.ENTER;
            case BACK_SPACE -> Action.BACKSPACE;
            case UP -> Action.UP_SMALL;
            case DOWN -> Action.DOWN_SMALL;
            case PAGE_UP -> Action.UP_LARGE;
            case PAGE_DOWN -> Action.DOWN_LARGE;
            case F1 -> Action.HELP;
            case F2 -> Action.THEME;
            case F11 -> Action.FULL_SCREEN;
            default -> Action.NONE;
        };
    }
}
