package org.retrotread.app;

import java.nio.file.Path;
import org.retrotread.report.PaperSize;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.ui.common.Theme;

/**
 * The settings the running app works with (the language and display unit live in its {@code Messages}): read
 * from the database when it opens, replaced whole when the settings screen saves or a key changes one.
 *
 * @param clinicName   printed at the top of every sheet
 * @param paper        the paper sheets are laid out for
 * @param backupFolder where the automatic backups go: the setting, else beside the database
 * @param signInIdleMinutes on a clinic workstation, the idle time before the sign-in screen returns (0: never)
 * @param gradeRange   the grades this treadmill's deck can be set to
 */
record LiveSettings(Theme theme, Speed treadmillMax, boolean soundOn, String clinicName, PaperSize paper, Path backupFolder,
                    int signInIdleMinutes, GradeRange gradeRange) {

    static LiveSettings of(OpenedStore store) {
        return new LiveSettings(store.theme(), store.context().treadmillMaxSpeed(), store.soundOn(), store.clinicName(), store.paper(),
                store.backupFolder(), store.signInIdleMinutes(), store.context().gradeRange());
    }

    LiveSettings withTheme(Theme t) {
        return new LiveSettings(t, treadmillMax, soundOn, clinicName, paper, backupFolder, signInIdleMinutes, gradeRange);
    }

    LiveSettings withSound(boolean on) {
        return new LiveSettings(theme, treadmillMax, on, clinicName, paper, backupFolder, signInIdleMinutes, gradeRange);
    }
}
