package org.retrotread.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;

/** The console's sounds: the engine's events (and the countdown) become cues, unless muted. */
final class Cues {

    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final List<Consumer<Cue>> listeners = new ArrayList<>();

    /** Turns an engine event into a cue (the engine itself knows nothing of sound). */
    void heard(SessionEvent event) {
        if (event instanceof SegmentEntered) {
            play(Cue.CHANGE);
        } else if (event instanceof EmergencyStopped) {
            play(Cue.STOP);
        } else if (event instanceof SessionEnded) {
            play(Cue.END);
        }
    }

    void play(Cue cue) {
        if (!muted.get()) {
            listeners.forEach(l -> l.accept(cue));
        }
    }

    void onCue(Consumer<Cue> listener) {
        listeners.add(listener);
    }

    void toggleMute() {
        muted.set(!muted.get());
    }

    BooleanProperty mutedProperty() {
        return muted;
    }
}
