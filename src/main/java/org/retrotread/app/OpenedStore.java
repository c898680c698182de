package org.retrotread.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.report.PaperSize;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionContext;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.AutoBackups;
import org.retrotread.store.CrashRecovery;
import org.retrotread.store.EventJournal;
import org.retrotread.store.OwnerOnly;
import org.retrotread.store.Store;
import org.retrotread.ui.common.Theme;

/**
 * Everything the app reads from the database at start: the open store, its journal (none when the
 * database is read-only), the settings that shape the screens, and any sessions a crash left open.
 * Made on the background thread by {@link #open}.
 */
record OpenedStore(Store store, Optional<EventJournal> journal, Messages text, SessionContext context, long nextSessionId,
                   List<CrashRecovery.Lost> lost, boolean soundOn, Theme theme, String clinicName, PaperSize paper,
                   StartData startData, Path backupFolder, int signInIdleMinutes) {

    static OpenedStore open(Path database, Locale locale) throws Exception {
        Store store = Store.open(database);
        if (DataLocation.isDefaultFolder(database.toAbsolutePath().getParent()) && !store.database().readOnly()) {
            try {
                OwnerOnly.restrictFolder(database.toAbsolutePath().getParent()); // one made before this rule
            } catch (IOException notOurs) {
                // a folder another account made: its permissions are that account's to set
            }
        }
        try {
            SpeedUnit unit = store.settings().displayUnit().orElse(DisplayUnits.forLocale(locale));
            Locale language = store.settings().language().map(Locale::forLanguageTag).orElse(locale);
            SessionContext context = new SessionContext(Optional.empty(), store.settings().treadmillMaxSpeed(), Optional.empty(),
                    Optional.empty(), store.settings().gradeRange(), HeartRateGuide.NONE);
            boolean writable = !store.database().readOnly();
            List<CrashRecovery.Lost> lost = writable ? CrashRecovery.find(store) : List.of();
            Optional<EventJournal> journal = writable ? Optional.of(store.startJournal()) : Optional.empty();
            return new OpenedStore(store, journal, new Messages(language, unit), context, store.sessions().nextId(), lost,
                    store.settings().soundOn(), Theme.named(store.settings().theme()), store.settings().clinicName(),
                    store.settings().paper().map(PaperSize::valueOf).orElse(PaperSize.defaultFor(locale)), StartData.read(store),
                    store.settings().backupFolder().orElse(AutoBackups.defaultFolder(database)), store.settings().signInIdleMinutes());
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    /** Writes what is queued (waiting a few seconds at most) and closes the database. */
    void close() {
        journal.ifPresent(EventJournal::close);
        store.close();
    }
}
