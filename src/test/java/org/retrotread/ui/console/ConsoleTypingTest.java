package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's typing contract, key event by key event, as a keyboard sends them (pressed, typed,
 * released) and as fast as a burst can come: a digit, then any printable character, then Enter, in
 * every state of a session, runs no command, opens no question, asks for no file and records nothing.
 * The only things that may happen are a refused entry and its message.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleTypingTest {

    /** Characters that make a number with a leading digit ("1.", "1,", "1 ", "12"): a real speed, not a slip. */
    private static final String NUMBER_CHARACTERS = "0123456789., ";
    /** A US keyboard: each character with the key that makes it, unshifted then shifted. */
    private static final String US_PLAIN = "`1234567890-=[]\\;',./";
    private static final String US_SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final KeyCode[] US_KEYS = {KeyCode.BACK_QUOTE, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0,
            KeyCode.MINUS, KeyCode.EQUALS, KeyCode.OPEN_BRACKET, KeyCode.CLOSE_BRACKET, KeyCode.BACK_SLASH,
            KeyCode.SEMICOLON, KeyCode.QUOTE, KeyCode.COMMA, KeyCode.PERIOD, KeyCode.SLASH};
    /** Keys that act whatever is typed, on purpose: stop, Enter, editing, the speed arrows, help, theme, full screen. */
    private static final Set<KeyCode> ALWAYS = EnumSet.of(KeyCode.ESCAPE, KeyCode.ENTER, KeyCode.BACK_SPACE, KeyCode.DELETE,
            KeyCode.UP, KeyCode.DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.F1, KeyCode.F2, KeyCode.F11);

    private static final char NO_CHARACTER = '\0';

    private final ConsoleHarness console = new ConsoleHarness(Locale.ENGLISH);
    private SessionEngine engine;
    private ConsoleViewModel model;

    /**
     * Nothing to put on the primary stage (the console gets a stage of its own), but the method must be here:
     * with it, the extension sets the primary stage up as the tests that follow expect (without it, their
     * first typed key was lost).
     */
    @Start
    void start(Stage primary) {
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(console::close);
    }

    private void open(FxRobot robot) {
        console.open(robot, 1280, 800);
        engine = console.engine;
        model = console.model;
    }

    private void bringTo(SessionStatus status) {
        switch (status) {
            case READY -> { }
            case RUNNING -> model.start();
            case PAUSED -> { model.start(); model.pauseOrResume(); }
            case EMERGENCY_STOPPED -> { model.start(); model.emergencyStop(); }
            case FINISHED -> { model.start(); model.end("walker tired"); }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertThat(engine.state().status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"READY", "RUNNING", "PAUSED", "EMERGENCY_STOPPED", "FINISHED"})
    void noCharacterTypedInsideASpeedFiresACommand(SessionStatus status, FxRobot robot) {
        open(robot);
        robot.interact(() -> bringTo(status));
        int events = engine.events().size();
        List<String> misfires = new ArrayList<>();
        robot.interact(() -> {
            for (char c : printable()) {
                typeBurst(c, keyFor(c), c != Character.toLowerCase(c) || US_SHIFTED.indexOf(c) >= 0);
                check("'" + c + "'", events, status, misfires);
            }
            for (KeyCode key : KeyCode.values()) {
                if (!ALWAYS.contains(key)) {
                    // Every key by its code alone (a function key, Ctrl, a media key, a letter whose character
                    // a layout sends differently): inside "1" it does nothing, and "1" stays as typed.
                    press(KeyCode.DIGIT1, '1', false);
                    press(key, NO_CHARACTER, false);
                    if (!model.typedProperty().get().equals("1") || engine.events().size() != events || questionOpen()) {
                        misfires.add(key.name() + ": acted inside an entry");
                    }
                    delete();
                }
            }
        });
        assertThat(misfires).isEmpty();
        assertThat(console.servicesAsked).isEmpty();
    }

    /** After "1", the character and Enter: a refused entry, and nothing else. Then Delete throws it away. */
    private void check(String what, int events, SessionStatus status, List<String> misfires) {
        if (!model.typedProperty().get().startsWith("1") || model.messageProperty().get().isEmpty()) {
            misfires.add(what + ": no refused entry (typed \"" + model.typedProperty().get() + "\")");
        }
        if (engine.events().size() != events || engine.state().status() != status) {
            misfires.add(what + ": the session changed");
        }
        if (questionOpen()) {
            misfires.add(what + ": a question opened");
        }
        delete();
        if (!model.typedProperty().get().isEmpty() || !model.messageProperty().get().isEmpty()) {
            misfires.add(what + ": Delete left the entry or its message");
        }
    }

    private void delete() {
        press(KeyCode.DELETE, NO_CHARACTER, false);
    }

    private boolean questionOpen() {
        return console.root().lookup("#overlay-question") != null && console.root().lookup("#overlay-question").isVisible();
    }

    /** Every printable ASCII character, and a few a European keyboard sends, but none that makes a number. */
    private static List<Character> printable() {
        List<Character> all = new ArrayList<>();
        for (char c = 0x20; c < 0x7f; c++) {
            if (NUMBER_CHARACTERS.indexOf(c) < 0) {
                all.add(c);
            }
        }
        for (char c : "äöüÄÖÜßé€°§µ\u00a0".toCharArray()) {
            all.add(c);
        }
        return all;
    }

    private static KeyCode keyFor(char c) {
        if (Character.isLetter(c) && c < 0x80) {
            return KeyCode.valueOf(String.valueOf(Character.toUpperCase(c)));
        }
        int plain = US_PLAIN.indexOf(c);
        int shifted = US_SHIFTED.indexOf(c);
        return plain >= 0 ? US_KEYS[plain] : shifted >= 0 ? US_KEYS[shifted] : KeyCode.UNDEFINED;
    }

    private void typeBurst(char c, KeyCode key, boolean shift) {
        press(KeyCode.DIGIT1, '1', false);
        press(key, c, shift);
        press(KeyCode.ENTER, '\r', false);
    }

    /** A key as the keyboard sends it: pressed (with its code), typed (with its character, if any), released. */
    private void press(KeyCode key, char c, boolean shift) {
        fire(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, key, shift);
        if (c != NO_CHARACTER) {
            fire(KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED, shift);
        }
        fire(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, key, shift);
    }

    private void fire(EventType<KeyEvent> type, String character, KeyCode key, boolean shift) {
        Node target = Optional.ofNullable(console.root().getScene().getFocusOwner()).orElse(console.root());
        Event.fireEvent(target, new KeyEvent(null, target, type, character, type == KeyEvent.KEY_TYPED ? "" : character,
                key, shift, false, false, false));
    }

    /**
     * The two bursts the issue found ending a session and skipping the handrail block: with no entry
     * open, E or N opens its question, but the rest of the burst cannot answer it.
     */
    @Test
    void aTypedThroughBurstCannotEndSkipOrRelease(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> bringTo(SessionStatus.RUNNING));
        int events = engine.events().size();
        for (String burst : List.of("E9", "NaN", "H")) {
            robot.interact(() -> {
                for (char c : burst.toCharArray()) {
                    press(keyFor(c), c, Character.isUpperCase(c));
                }
                press(KeyCode.ENTER, '\r', false);
            });
            assertThat(questionOpen()).as(burst).isTrue();           // the question waits for a deliberate answer
            assertThat(engine.events()).as(burst).hasSize(events);
            robot.interact(() -> {                                    // Backspace empties the reason, then cancels
                for (int i = 0; i < 5 && questionOpen(); i++) {
                    press(KeyCode.BACK_SPACE, NO_CHARACTER, false);
                }
            });
            assertThat(questionOpen()).as(burst).isFalse();
        }
        assertThat(engine.state().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(engine.state().handsOnRails()).isTrue();
        assertThat(engine.events()).hasSize(events);
    }
}
