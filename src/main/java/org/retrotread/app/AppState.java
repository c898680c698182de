package org.retrotread.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
    private long nextSessionId;

    AppState(Locale locale) {
        this.locale = locale;
        this.text = new Messages(locale, DisplayUnits.forLocale(locale));
    }

    /** A database now open: its words, settings and next session number replace the ones before. */
    void opened(OpenedStore store) {
        opened = store;
        text = store.text();
        settings = LiveSettings.of(store);
        nextSessionId = store.nextSessionId();
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

    long takeSessionId() {
        return nextSessionId++;
    }

    Messages text() { return text; }
    void text(Messages words) { text = words; }
    LiveSettings settings() { return settings; }
    void settings(LiveSettings now) { settings = now; }
    Locale locale() { return locale; }
    Path database() { return database; }
    void database(Path file) { database = file; }
}
