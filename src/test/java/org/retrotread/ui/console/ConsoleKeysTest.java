package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.retrotread.session.SessionStatus;

/** The key table: with a speed typed, no key but the entry's own and Esc does anything. */
class ConsoleKeysTest {

    private static final Set<ConsoleKeys.Action> WHILE_TYPING = EnumSet.of(ConsoleKeys.Action.EMERGENCY_STOP,
            ConsoleKeys.Action.ENTER, ConsoleKeys.Action.BACKSPACE, ConsoleKeys.Action.CANCEL_ENTRY, ConsoleKeys.Action.UP_SMALL,
            ConsoleKeys.Action.DOWN_SMALL, ConsoleKeys.Action.UP_LARGE, ConsoleKeys.Action.DOWN_LARGE, ConsoleKeys.Action.HELP,
            ConsoleKeys.Action.THEME, ConsoleKeys.Action.FULL_SCREEN, ConsoleKeys.Action.SWALLOW);

    @Test
    void withAnEntryOpenNoKeyRunsACommand() {
        for (SessionStatus status : SessionStatus.values()) {
            for (KeyCode key : KeyCode.values()) {
                assertThat(ConsoleKeys.pressed(key, true, status)).as("%s while typing, %s", key, status).isIn(WHILE_TYPING);
            }
        }
    }

    @Test
    void withNoEntryTheLettersAreCommandsAndPaperWaitsForTheEnd() {
        assertThat(ConsoleKeys.pressed(KeyCode.E, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.END);
        assertThat(ConsoleKeys.pressed(KeyCode.SPACE, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.PAUSE_OR_RESUME);
        assertThat(ConsoleKeys.pressed(KeyCode.SPACE, true, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.SWALLOW);
        assertThat(ConsoleKeys.pressed(KeyCode.P, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.NONE);
        assertThat(ConsoleKeys.pressed(KeyCode.P, false, SessionStatus.FINISHED)).isEqualTo(ConsoleKeys.Action.PRINT);
        assertThat(ConsoleKeys.pressed(KeyCode.ESCAPE, true, SessionStatus.PAUSED)).isEqualTo(ConsoleKeys.Action.EMERGENCY_STOP);
        assertThat(ConsoleKeys.pressed(KeyCode.DIGIT1, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.NONE);
    }

    @Test
    void gradeAndHeartRateHaveKeysOfTheirOwnThatATypedEntryTakesAsCharacters() {
        assertThat(ConsoleKeys.pressed(KeyCode.G, false, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.GRADE);
        assertThat(ConsoleKeys.pressed(KeyCode.B, false, false, SessionStatus.PAUSED)).isEqualTo(ConsoleKeys.Action.HEART_RATE);
        assertThat(ConsoleKeys.pressed(KeyCode.G, false, true, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.SWALLOW);
        assertThat(ConsoleKeys.pressed(KeyCode.B, false, true, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.SWALLOW);
        assertThat(ConsoleKeys.pressed(KeyCode.UP, true, true, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.GRADE_UP);
        assertThat(ConsoleKeys.pressed(KeyCode.DOWN, true, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.GRADE_DOWN);
        assertThat(ConsoleKeys.pressed(KeyCode.UP, false, false, SessionStatus.RUNNING)).isEqualTo(ConsoleKeys.Action.UP_SMALL);
    }
}
