package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.session.walktest.Cutoff;

/** The app's settings, one row each in {@code settings}; a missing row means the default. */
public final class Settings {

    /** A treatment room's computer left between patients: long enough for a session's notes, short enough for privacy. */
    public static final int DEFAULT_IDLE_MINUTES = 10;

    private final Connection c;

    Settings(Connection c) {
        this.c = c;
    }

    /** The display unit, if one was chosen; otherwise the app picks one for the language. */
    public Optional<SpeedUnit> displayUnit() throws SQLException {
        return get("displayUnit").map(SpeedUnit::valueOf);
    }

    public void setDisplayUnit(SpeedUnit unit) throws SQLException {
        put("displayUnit", unit.name());
    }

    public Speed treadmillMaxSpeed() throws SQLException {
        try {
            return get("treadmillMaxMps").map(v -> new Speed(Double.parseDouble(v))).orElse(SessionContext.DEFAULT_TREADMILL_MAX);
        } catch (IllegalArgumentException unreadable) {
            return SessionContext.DEFAULT_TREADMILL_MAX; // written by something else: the safe default, never a guess
        }
    }

    public void setTreadmillMaxSpeed(Speed speed) throws SQLException {
        put("treadmillMaxMps", Double.toString(speed.metresPerSecond()));
    }

    /** The grades this treadmill's deck can be set to; the usual range (level to 15 %) when none was set or it is unreadable. */
    public GradeRange gradeRange() throws SQLException {
        try {
            Optional<Integer> lowest = get("gradeLowestTenths").map(Integer::parseInt);
            Optional<Integer> highest = get("gradeHighestTenths").map(Integer::parseInt);
            return lowest.isPresent() && highest.isPresent() ? new GradeRange(new Grade(lowest.get()), new Grade(highest.get()))
                    : GradeRange.DEFAULT;
        } catch (IllegalArgumentException unreadable) {
            return GradeRange.DEFAULT; // written by something else: the safe default, never a guess
        }
    }

    public void setGradeRange(GradeRange range) throws SQLException {
        put("gradeLowestTenths", Integer.toString(range.lowest().tenthsOfPercent()));
        put("gradeHighestTenths", Integer.toString(range.highest().tenthsOfPercent()));
    }

    public List<String> operators() throws SQLException {
        return get("operators").map(v -> Arrays.stream(v.split("\n")).filter(s -> !s.isBlank()).toList()).orElse(List.of());
    }

    public void setOperators(List<String> names) throws SQLException {
        put("operators", String.join("\n", names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    public String theme() throws SQLException {
        return get("theme").orElse("light");
    }

    public void setTheme(String theme) throws SQLException {
        put("theme", theme);
    }

    public boolean soundOn() throws SQLException {
        return get("sound").map(Boolean::parseBoolean).orElse(true);
    }

    public void setSoundOn(boolean on) throws SQLException {
        put("sound", Boolean.toString(on));
    }

    /** The language chosen for the screens (a BCP 47 tag such as "de"), if one was. */
    public Optional<String> language() throws SQLException {
        return get("language");
    }

    public void setLanguage(String languageTag) throws SQLException {
        put("language", languageTag);
    }

    /** When a break holds a progression, and when a short session counts as run (progression and adherence). */
    public Progression.Policy progressionPolicy() throws SQLException {
        var fallback = Progression.Policy.DEFAULT;
        try {
            return new Progression.Policy(
                    get("progressionGapDays").map(d -> Duration.ofDays(Long.parseLong(d))).orElse(fallback.gap()),
                    get("runSharePercent").map(Integer::parseInt).orElse(fallback.runSharePercent()));
        } catch (IllegalArgumentException unreadable) {
            return fallback; // a value this version cannot read: the safe default, never a guess
        }
    }

    public void setProgressionPolicy(Progression.Policy policy) throws SQLException {
        put("progressionGapDays", Long.toString(policy.gap().toDays()));
        put("runSharePercent", Integer.toString(policy.runSharePercent()));
    }

    /** The clinic's name, printed at the top of every sheet; empty until one is set. */
    /** Where the automatic backups go, when it is not the default ({@link AutoBackups#defaultFolder}). */
    public Optional<Path> backupFolder() throws SQLException {
        return get("backupFolder").filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setBackupFolder(Optional<Path> folder) throws SQLException {
        put("backupFolder", folder.map(Path::toString).orElse(""));
    }

    public String clinicName() throws SQLException {
        return get("clinicName").orElse("");
    }

    public void setClinicName(String name) throws SQLException {
        put("clinicName", name);
    }

    /** The paper sheets are laid out for ("A4" or "LETTER"), if one was chosen; else the locale decides. */
    public Optional<String> paper() throws SQLException {
        return get("paper");
    }

    public void setPaper(String paper) throws SQLException {
        put("paper", paper);
    }

    /** The 3MBWT fall-risk cut-off a clinician chose for a client's chart. */
    public Optional<Cutoff> walkTestCutoff(long clientId) throws SQLException {
        return get("walkTestCutoff." + clientId).map(Cutoff::valueOf);
    }

    public void setWalkTestCutoff(long clientId, Cutoff cutoff) throws SQLException {
        put("walkTestCutoff." + clientId, cutoff.name());
    }

    /** On a clinic workstation: who signed in last, offered at the next sign-in (a name, never a password). */
    public Optional<String> lastLogin() throws SQLException {
        return get("lastLogin");
    }

    public void setLastLogin(String login) throws SQLException {
        put("lastLogin", login);
    }

    /** On a clinic workstation: minutes without a key or a click, outside a session, before the sign-in screen returns (0: never). */
    public int signInIdleMinutes() throws SQLException {
        return get("signInIdleMinutes").map(Integer::parseInt).orElse(DEFAULT_IDLE_MINUTES);
    }

    public void setSignInIdleMinutes(int minutes) throws SQLException {
        put("signInIdleMinutes", String.valueOf(minutes));
    }

    private Optional<String> get(String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM settings WHERE key = ?", r -> r.getString(1), key);
    }

    private void put(String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
