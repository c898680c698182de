package org.retrotread.ui.console;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.text.Message;

/**
 * Where the console's session is saved. The console only hands things over; the implementation
 * (the event journal) does the writing on its own thread, so no call here ever waits for a disk.
 */
public interface SessionRecording {

    /** Every engine event, as it happens. */
    void record(SessionEvent event);

    /** The session is alive at {@code at}; after a crash the time from the last of these is a pause. */
    void alive(Duration at);

    /** The finished session is closed for good, with its summary. */
    void seal(SessionSummary summary);

    /** Tells {@code listener} (on any thread) whenever saving starts failing or works again. */
    void onProblem(Consumer<Optional<Message>> listener);

    /** Tells {@code listener} (on any thread) when saving had a fault and put it right, nothing lost: said once. */
    void onRecovered(Consumer<Message> listener);

    /** Changes not yet on disk. */
    long unsaved();

    /** Writes the whole session (plan and every event) to a file: the way out when saving fails. */
    void exportTo(Path file) throws IOException;

    /** A suggested file name for {@link #exportTo}. */
    String exportFileName();

    /** For a console that saves nothing (view-model tests). */
    static SessionRecording none() {
        return new SessionRecording() {
            public void record(SessionEvent event) { }
            public void alive(Duration at) { }
            public void seal(SessionSummary summary) { }
            public void onProblem(Consumer<Optional<Message>> listener) { }
            public void onRecovered(Consumer<Message> listener) { }
            public long unsaved() { return 0; }
            public void exportTo(Path file) throws IOException { throw new IOException("nothing to export"); }
            public String exportFileName() { return "session.json"; }
        };
    }
}
