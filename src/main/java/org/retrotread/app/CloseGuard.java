package org.retrotread.app;

import java.util.Optional;
import org.retrotread.store.EventJournal;
import org.retrotread.ui.common.Overlay;

/**
 * Whether the window may close: never on a first request while a session runs or changes are held only in
 * memory (the console says why, or asks); a second request closes, and the session waits for recovery.
 */
final class CloseGuard {

    private final AppState state;
    private final SessionFlow sessions;
    private final Overlay overlay;
    private final Runnable exit;
    private boolean warned;

    CloseGuard(AppState state, SessionFlow sessions, Overlay overlay, Runnable exit) {
        this.state = state;
        this.sessions = sessions;
        this.overlay = overlay;
        this.exit = exit;
    }

    /** A new screen: a close request starts from the beginning again. */
    void reset() {
        warned = false;
    }

    boolean mayClose() {
        if (warned) {
            return true;
        }
        Optional<SessionFlow.Closing> console = sessions.mayClose(this::closeAnyway);
        if (console.isPresent()) {
            warned = console.get() == SessionFlow.Closing.WARNED;
            return console.get() == SessionFlow.Closing.CLOSE;
        }
        // Away from the console, the journal may still hold a finished session's last changes (its seal
        // queued while the disk is full): closing would lose them, so it asks (Backspace keeps it open).
        long held = state.current().flatMap(OpenedStore::journal).map(EventJournal::unwritten).orElse(0L);
        if (held == 0) {
            return true;
        }
        overlay.ask(state.text().format("ui.close.unsavedAway", held), this::closeAnyway, () -> { });
        return false;
    }

    private void closeAnyway() {
        warned = true;
        exit.run();
    }
}
