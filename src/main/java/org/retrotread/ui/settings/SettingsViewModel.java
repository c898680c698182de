package org.retrotread.ui.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.report.PaperSize;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.text.Echo;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeParser;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.ClinicServer;
import org.retrotread.ui.common.TypedSpeed;

/**
 * The settings screen's state. Nothing is applied until {@link #save()} accepts every field; a
 * field that is wrong gets its message beside it and nothing is saved.
 */
public final class SettingsViewModel {

    /** The slowest treadmill maximum that makes sense: any slower and no starter plan could run. */
    static final Speed SLOWEST_TREADMILL_MAX = Speed.ofKmh(4);

    private final Messages text;
    private final ObjectProperty<SpeedUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty treadmillMax = new SimpleStringProperty();
    private final StringProperty treadmillMaxError = new SimpleStringProperty("");
    private final StringProperty operators = new SimpleStringProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BooleanProperty soundOn = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final StringProperty clinicName = new SimpleStringProperty();
    private final StringProperty clinicNameError = new SimpleStringProperty("");
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>();
    private final StringProperty gapDays = new SimpleStringProperty();
    private final StringProperty gapDaysError = new SimpleStringProperty("");
    private final StringProperty runShare = new SimpleStringProperty();
    private final StringProperty runShareError = new SimpleStringProperty("");
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final StringProperty backupFolderError = new SimpleStringProperty("");
    private final StringProperty clinicServer = new SimpleStringProperty("");
    private final StringProperty clinicServerError = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty();
    private final StringProperty idleMinutesError = new SimpleStringProperty("");
    private final StringProperty gradeLowest = new SimpleStringProperty();
    private final StringProperty gradeHighest = new SimpleStringProperty();
    private final StringProperty gradeRangeError = new SimpleStringProperty("");

    public SettingsViewModel(Messages text, SettingsValues current) {
        this.text = text;
        unit.set(current.unit());
        treadmillMax.set(text.number(current.treadmillMax().in(current.unit())));
        operators.set(String.join("\n", current.operators()));
        darkTheme.set(current.darkTheme());
        soundOn.set(current.soundOn());
        language.set(current.language());
        clinicName.set(current.clinicName());
        paper.set(current.paper());
        gapDays.set(String.valueOf(current.progression().gap().toDays()));
        runShare.set(String.valueOf(current.progression().runSharePercent()));
        backupFolder.set(current.backupFolder().map(Path::toString).orElse(""));
        clinicServer.set(current.clinic().server());
        idleMinutes.set(String.valueOf(current.clinic().idleMinutes()));
        gradeLowest.set(text.gradeNumber(current.gradeRange().lowest()));
        gradeHighest.set(text.gradeNumber(current.gradeRange().highest()));
        // Switching the unit rewrites the maximum in the new unit, so the number always means what it says.
        unit.addListener((o, was, now) -> read(was).ifPresent(speed -> treadmillMax.set(text.number(speed.in(now)))));
    }

    /** The settings as entered, or empty (with a message at the field) when one cannot be accepted. */
    public Optional<SettingsValues> save() {
        treadmillMaxError.set("");
        Optional<Speed> max = read(unit.get());
        String clinic = clinicName.get() == null ? "" : clinicName.get().strip();
        clinicNameError.set(clinic.length() > SettingsValues.LONGEST_CLINIC_NAME
                ? text.format("ui.settings.clinicNameTooLong", SettingsValues.LONGEST_CLINIC_NAME) : "");
        Optional<Integer> gap = whole(gapDays.get(), 1, SettingsValues.LONGEST_GAP_DAYS, gapDaysError);
        Optional<Integer> share = whole(runShare.get(), 1, 100, runShareError);
        Optional<Optional<Path>> folder = folder();
        Optional<Integer> idle = whole(idleMinutes.get(), 0, SettingsValues.LONGEST_IDLE_MINUTES, idleMinutesError);
        Optional<String> server = server();
        Optional<GradeRange> grades = gradeRange();
        if (max.isEmpty() || !clinicNameError.get().isEmpty() || gap.isEmpty() || share.isEmpty() || folder.isEmpty()
                || idle.isEmpty() || server.isEmpty() || grades.isEmpty()) {
            return Optional.empty();
        }
        var names = Arrays.stream(operators.get().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return Optional.of(new SettingsValues(unit.get(), max.get(), names, darkTheme.get(), soundOn.get(), language.get(),
                clinic, paper.get(), new Progression.Policy(Duration.ofDays(gap.get()), share.get()),
                folder.get(), new SettingsValues.Clinic(server.get(), idle.get()), grades.get()));
    }

    /** The deepest decline a setting may name: no treadmill sold declines further than about -6 %. */
    static final Grade DEEPEST_DECLINE = Grade.ofPercent(-10);

    /**
     * The treadmill's grade range typed: the lowest from {@link #DEEPEST_DECLINE} to level (0 for a deck that does not
     * decline), the highest from level to the steepest grade a plan may name; refused at the field otherwise.
     */
    private Optional<GradeRange> gradeRange() {
        gradeRangeError.set("");
        GradeParser.Result low = GradeParser.parse(gradeLowest.get());
        GradeParser.Result high = GradeParser.parse(gradeHighest.get());
        if (low instanceof GradeParser.Parsed l && high instanceof GradeParser.Parsed h && !DEEPEST_DECLINE.exceeds(l.grade())
                && !l.grade().exceeds(Grade.LEVEL) && !Grade.LEVEL.exceeds(h.grade()) && !h.grade().exceeds(GradeParser.STEEPEST)) {
            return Optional.of(new GradeRange(l.grade(), h.grade()));
        }
        gradeRangeError.set(text.format("ui.settings.gradeRangeWrong", DEEPEST_DECLINE, GradeParser.STEEPEST));
        return Optional.empty();
    }

    /**
     * The clinic server typed: blank for this computer only, else PostgreSQL's address form without a password
     * (which is asked at sign-in, or kept in PostgreSQL's own .pgpass), refused at the field otherwise.
     */
    private Optional<String> server() {
        String typed = clinicServer.get() == null ? "" : clinicServer.get().strip();
        clinicServerError.set("");
        if (typed.isEmpty()) {
            return Optional.of("");
        }
        try {
            ClinicServer.describe(typed);
            return Optional.of(typed);
        } catch (IllegalArgumentException e) {
            clinicServerError.set(text.text(ClinicServer.holdsPassword(typed) ? "ui.settings.clinicServerPassword"
                    : "ui.settings.clinicServerWrong"));
            return Optional.empty();
        }
    }

    /**
     * The backup folder typed: blank for the default (beside the database), else a full path to a folder (made
     * when the first backup is written); a path to a file, or a relative one, is refused at the field.
     */
    private Optional<Optional<Path>> folder() {
        String typed = backupFolder.get() == null ? "" : backupFolder.get().strip();
        backupFolderError.set("");
        if (typed.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            Path p = Path.of(typed);
            if (!p.isAbsolute() || (Files.exists(p) && !Files.isDirectory(p))) {
                backupFolderError.set(text.format("ui.settings.backupFolderWrong", typed));
                return Optional.empty();
            }
            return Optional.of(Optional.of(p));
        } catch (InvalidPathException e) {
            backupFolderError.set(text.format("ui.settings.backupFolderWrong", typed));
            return Optional.empty();
        }
    }

    /** A whole number from {@code least} to {@code most}; otherwise empty, with the reason set in {@code error}. */
    private Optional<Integer> whole(String typed, int least, int most, StringProperty error) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,3}")) {
            error.set(text.format("ui.settings.notAWholeNumber", Echo.of(t), least, most));
            return Optional.empty();
        }
        int value = Integer.parseInt(t);
        error.set(value < least || value > most ? text.format("ui.settings.outOfRange", least, most) : "");
        return error.get().isEmpty() ? Optional.of(value) : Optional.empty();
    }

    private Optional<Speed> read(SpeedUnit in) {
        TypedSpeed.Result read = TypedSpeed.read(treadmillMax.get(), in, text,
                speed -> !SLOWEST_TREADMILL_MAX.exceeds(speed) && !speed.exceeds(Bounds.FASTEST_TARGET),
                () -> text.format("ui.settings.treadmillMaxRange", SLOWEST_TREADMILL_MAX, Bounds.FASTEST_TARGET));
        treadmillMaxError.set(read.problem());
        return read.speed();
    }

    public StringProperty gradeLowestProperty() { return gradeLowest; }
    public StringProperty gradeHighestProperty() { return gradeHighest; }
    public StringProperty gradeRangeErrorProperty() { return gradeRangeError; }
    public StringProperty clinicServerProperty() { return clinicServer; }
    public StringProperty clinicServerErrorProperty() { return clinicServerError; }
    public StringProperty idleMinutesProperty() { return idleMinutes; }
    public StringProperty idleMinutesErrorProperty() { return idleMinutesError; }
    public StringProperty backupFolderProperty() { return backupFolder; }
    public StringProperty backupFolderErrorProperty() { return backupFolderError; }
    public ObjectProperty<SpeedUnit> unitProperty() { return unit; }
    public StringProperty treadmillMaxProperty() { return treadmillMax; }
    public StringProperty treadmillMaxErrorProperty() { return treadmillMaxError; }
    public StringProperty operatorsProperty() { return operators; }
    public BooleanProperty darkThemeProperty() { return darkTheme; }
    public BooleanProperty soundOnProperty() { return soundOn; }
    public ObjectProperty<Locale> languageProperty() { return language; }
    public StringProperty clinicNameProperty() { return clinicName; }
    public StringProperty clinicNameErrorProperty() { return clinicNameError; }
    public ObjectProperty<PaperSize> paperProperty() { return paper; }
    public StringProperty gapDaysProperty() { return gapDays; }
    public StringProperty gapDaysErrorProperty() { return gapDaysError; }
    public StringProperty runShareProperty() { return runShare; }
    public StringProperty runShareErrorProperty() { return runShareError; }
    public Messages text() { return text; }
}
