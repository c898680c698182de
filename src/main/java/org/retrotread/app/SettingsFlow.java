package org.retrotread.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Progression;
import org.retrotread.store.AutoBackups;
import org.retrotread.store.Settings;
import org.retrotread.ui.common.Theme;
import org.retrotread.ui.settings.SettingsValues;
import org.retrotread.ui.settings.SettingsView;
import org.retrotread.ui.settings.SettingsViewModel;
import org.retrotread.work.Worker;

/**
 * The settings: the settings screen (read, shown, saved on the database thread, then every screen rebuilt in
 * the new language and unit), and the two settings a key changes anywhere (the theme, the sound).
 */
final class SettingsFlow {

    private final AppState state;
    private final Worker background;
    private final Navigator navigator;
    private final Supplier<Optional<Scene>> scene;

    SettingsFlow(AppState state, Worker background, Navigator navigator, Supplier<Optional<Scene>> scene) {
        this.state = state;
        this.background = background;
        this.navigator = navigator;
        this.scene = scene;
    }

    /** @param backup and {@code restore}: the database actions the settings screen offers, done from the start screen */
    void show(Runnable backup, Runnable restore) {
        Settings settings = state.store().store().settings();
        record Stored(List<String> operators, Progression.Policy policy, Optional<Path> backupFolder, SettingsValues.Clinic clinic) {
        }
        background.run(() -> new Stored(settings.operators(), settings.progressionPolicy(), settings.backupFolder(),
                new SettingsValues.Clinic(DataLocation.chosenServer(), settings.signInIdleMinutes())), stored -> {
            LiveSettings live = state.settings();
            Messages text = state.text();
            SettingsValues current = new SettingsValues(text.unit(), live.treadmillMax(), stored.operators(), live.theme() == Theme.DARK,
                    live.soundOn(), text.locale(), live.clinicName(), live.paper(), stored.policy(), stored.backupFolder(), stored.clinic(),
                    live.gradeRange());
            navigator.show(new SettingsView(new SettingsViewModel(text, current), state.database(), new SettingsView.Actions(this::save,
                    navigator::showStart, () -> navigator.onStart(backup), () -> navigator.onStart(restore))).node());
        }, navigator::failed);
    }

    /** Saves on the database thread, then applies: the screens are rebuilt in the new language and unit. */
    private void save(SettingsValues values) {
        if (state.readOnly()) {
            navigator.showStart(); // read-only: nothing can be saved, and the start screen says why
            return;
        }
        Settings settings = state.store().store().settings();
        Theme theme = values.darkTheme() ? Theme.DARK : Theme.LIGHT;
        record Saved(SettingsValues values, boolean serverChanged) {
        }
        background.run(() -> {
            boolean serverChanged = !values.clinic().server().equals(DataLocation.chosenServer()); // files: off this thread
            if (serverChanged) {
                DataLocation.chooseServer(values.clinic().server()); // used from the next start: see the settings' hint
            }
            settings.setSignInIdleMinutes(values.clinic().idleMinutes());
            settings.setDisplayUnit(values.unit());
            settings.setTreadmillMaxSpeed(values.treadmillMax());
            settings.setGradeRange(values.gradeRange());
            settings.setOperators(values.operators());
            settings.setTheme(theme.storedName());
            settings.setSoundOn(values.soundOn());
            settings.setLanguage(values.language().toLanguageTag());
            settings.setClinicName(values.clinicName());
            settings.setPaper(values.paper().name());
            settings.setProgressionPolicy(values.progression());
            settings.setBackupFolder(values.backupFolder());
            return new Saved(values, serverChanged);
        }, done -> {
            SettingsValues saved = done.values();
            state.text(new Messages(saved.language(), saved.unit()));
            state.settings(new LiveSettings(theme, saved.treadmillMax(), saved.soundOn(), saved.clinicName(), saved.paper(),
                    saved.backupFolder().orElse(AutoBackups.defaultFolder(state.database())), saved.clinic().idleMinutes(),
                    saved.gradeRange()));
            applyTheme();
            navigator.onStart(() -> navigator.tell(state.text().text(done.serverChanged() ? "ui.settings.savedServerNextStart"
                    : "ui.settings.saved")));
        }, navigator::failed);
    }

    void toggleTheme() {
        Theme now = state.settings().theme().toggled();
        state.settings(state.settings().withTheme(now));
        applyTheme();
        change(s -> s.setTheme(now.storedName()));
    }

    void soundOn(boolean on) {
        state.settings(state.settings().withSound(on));
        change(s -> s.setSoundOn(on));
    }

    void applyTheme() {
        scene.get().ifPresent(s -> state.settings().theme().applyTo(s));
    }

    /** A setting changed on screen (the theme, the sound), saved on the database thread; a failure is said. */
    private void change(Change change) {
        if (state.current().isPresent() && !state.readOnly()) {
            Settings settings = state.store().store().settings();
            background.run(() -> {
                change.apply(settings);
                return true;
            }, x -> { }, e -> navigator.tell(state.text().format("ui.settings.notSaved", Problems.text(state.text(), e))));
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(Settings settings) throws Exception;
    }
}
