package org.retrotread.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.retrotread.i18n.Messages;
import org.retrotread.store.EventJournal;

/**
 * What the running app knows now: the database file and its opened store, the words and units screens are
 * built in, the live settings, and the next session's number. One instance, used on the JavaFX thread; the
 * flows read it when they build a screen, so a change (a restore, saved settings) reaches the next screen.
 */
final class AppState {

    private final Locale locale;
    private Path database;
    private OpenedStore opened;
    private Messages text;
    private LiveSettings settings;
    /** Taken on the JavaFX thread (a session's start) and the database thread (sessions copied from the clinic server). */
    private final AtomicLong nextSessionId = new AtomicLong(1);
    private Optional<String> serverAddress = Optional.empty();
    private ClinicLink clinic;

    AppState(Locale locale) {
        this.locale = locale;
        this.text = new Messages(locale, DisplayUnits.forLocale(locale));
    }

    /** A database now open: its words, settings and next session number replace the ones before. */
    void opened(OpenedStore store) {
        opened = store;
        text = store.text();
        settings = LiveSettings.of(store);
        nextSessionId.accumulateAndGet(store.nextSessionId(), Math::max);
    }

    /** The open store, until a damaged one is closed (then none). */
    Optional<OpenedStore> current() {
        return Optional.ofNullable(opened);
    }

    OpenedStore store() {
        return opened;
    }

    void closed() {
        opened = null;
    }

    /** Whether nothing can be written: the database is open read-only (another copy of Retrotread has it). */
    boolean readOnly() {
        return opened.journal().isEmpty();
    }

    Optional<EventJournal> journal() {
        return opened.journal();
    }

    /** The next session's number, from the one counter every session in the file takes its number from. Any thread. */
    long takeSessionId() {
        return nextSessionId.getAndIncrement();
    }

    /** Sessions numbered up to {@code taken} are in the file (an import): the counter moves past them. */
    void sessionIdsTaken(long taken) {
        nextSessionId.accumulateAndGet(taken + 1, Math::max);
    }

    /** On a clinic workstation: the server its file works with (from {@code --db}, the environment or the settings). */
    Optional<String> serverAddress() { return serverAddress; }
    void serverAddress(Optional<String> address) { serverAddress = address; }

    /** The link to the clinic server, once made (a clinic workstation whose file opened writable). */
    Optional<ClinicLink> clinic() { return Optional.ofNullable(clinic); }
    void clinic(ClinicLink link) { clinic = link; }

    Messages text() { return text; }
    void text(Messages words) { text = words; }
    LiveSettings settings() { return settings; }
    void settings(LiveSettings now) { settings = now; }
    Locale locale() { return locale; }
    Path database() { return database; }
    void database(Path file) { database = file; }
}
