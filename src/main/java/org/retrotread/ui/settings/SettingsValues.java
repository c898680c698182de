package org.retrotread.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retrotread.report.PaperSize;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/**
 * The settings as one value: what the settings screen edits and the app applies.
 *
 * @param gradeRange the grades this treadmill's deck can be set to (level to 15 % unless it declines)
 */
public record SettingsValues(SpeedUnit unit, Speed treadmillMax, List<String> operators, boolean darkTheme, boolean soundOn,
                             Locale language, String clinicName, PaperSize paper,
                             Progression.Policy progression,
                             Optional<Path> backupFolder, Clinic clinic, GradeRange gradeRange) {

    /**
     * A clinic workstation's settings (decision 0021).
     *
     * @param server      the clinic server's address chosen on this computer, used from the next start; empty: this
     *                    computer only
     * @param idleMinutes minutes without a key or a click, outside a session, before the sign-in screen returns (0: never)
     */
    public record Clinic(String server, int idleMinutes) {
        public static final Clinic NONE = new Clinic("", 10);

        public Clinic {
            server = server == null ? "" : server.strip();
        }
    }

    /** Settings with no clinic server chosen. */
    public SettingsValues(SpeedUnit unit, Speed treadmillMax, List<String> operators, boolean darkTheme, boolean soundOn,
                          Locale language, String clinicName, PaperSize paper, Progression.Policy progression,
                          Optional<Path> backupFolder) {
        this(unit, treadmillMax, operators, darkTheme, soundOn, language, clinicName, paper, progression, backupFolder, Clinic.NONE,
                GradeRange.DEFAULT);
    }

    /** Settings with the automatic backups in their default place (beside the database). */
    public SettingsValues(SpeedUnit unit, Speed treadmillMax, List<String> operators, boolean darkTheme, boolean soundOn,
                          Locale language, String clinicName, PaperSize paper,
                          Progression.Policy progression) {
        this(unit, treadmillMax, operators, darkTheme, soundOn, language, clinicName, paper, progression, Optional.empty(), Clinic.NONE,
                GradeRange.DEFAULT);
    }

    /** The longest idle time before the sign-in screen returns: four hours. */
    public static final int LONGEST_IDLE_MINUTES = 240;

    /** The longest break a clinic may set before a progression holds: two months. */
    public static final int LONGEST_GAP_DAYS = 60;

    /** A clinic name longer than this would not fit the top of a sheet. */
    public static final int LONGEST_CLINIC_NAME = 80;

    /** The languages the app speaks; each needs a complete bundle (a test checks every key). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    public SettingsValues {
        operators = List.copyOf(operators);
        clinic = clinic == null ? Clinic.NONE : clinic;
        gradeRange = gradeRange == null ? GradeRange.DEFAULT : gradeRange;
    }
}
