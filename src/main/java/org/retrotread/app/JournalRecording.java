package org.retrotread.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.text.Message;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SessionExport;
import org.retrotread.store.SessionOpening;
import org.retrotread.ui.console.SessionRecording;

/** A console session saved through the event journal. */
final class JournalRecording implements SessionRecording {

    private final EventJournal journal;
    private final SessionOpening opening;
    private final SessionEngine engine;
    private final Clock wallClock;

    JournalRecording(EventJournal journal, SessionOpening opening, SessionEngine engine, Clock wallClock) {
        this.journal = journal;
        this.opening = opening;
        this.engine = engine;
        this.wallClock = wallClock;
    }

    @Override
    public void record(SessionEvent event) {
        journal.append(opening.id(), event);
    }

    @Override
    public void alive(Duration at) {
        journal.heartbeat(opening.id(), at, wallClock.instant());
    }

    @Override
    public void seal(SessionSummary summary) {
        journal.seal(opening.id(), summary);
    }

    @Override
    public void onProblem(Consumer<Optional<Message>> listener) {
        journal.addHealthListener(h -> listener.accept(h.ok() ? Optional.empty() : Optional.of(h.problem())));
    }

    @Override
    public void onRecovered(Consumer<Message> listener) {
        journal.addHealthListener(h -> {
            if (h.ok() && h.problem() != null) {
                listener.accept(h.problem());
            }
        });
    }

    @Override
    public long unsaved() {
        return journal.unwritten();
    }

    @Override
    public void exportTo(Path file) throws IOException {
        SessionExport.write(file, new SessionExport.Contents(opening, engine.events()));
    }

    @Override
    public String exportFileName() {
        return "retrotread-session-" + opening.id() + ".json";
    }
}
