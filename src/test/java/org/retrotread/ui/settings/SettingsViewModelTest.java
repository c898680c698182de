package org.retrotread.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.report.PaperSize;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

class SettingsViewModelTest {

    private final SettingsValues current = new SettingsValues(SpeedUnit.KILOMETRES_PER_HOUR, Speed.ofKmh(16),
            List.of("Ana", "Ben"), false, true, Locale.ENGLISH, "Riverside Physio", PaperSize.A4,
            Progression.Policy.DEFAULT);

    private SettingsViewModel model(Locale language) {
        return new SettingsViewModel(new Messages(language, SpeedUnit.KILOMETRES_PER_HOUR), current);
    }

    @Test
    void unchangedSettingsSaveAsTheyWere() {
        assertThat(model(Locale.ENGLISH).save()).contains(current);
    }

    @Test
    void theProgressionGapAndTheShareThatCountsAsRunAreCheckedAtTheirFields() {
        SettingsViewModel m = model(Locale.ENGLISH);
        m.gapDaysProperty().set("abc");
        m.runShareProperty().set("0");
        assertThat(m.save()).isEmpty();
        assertThat(m.gapDaysErrorProperty().get()).isEqualTo("\u201cabc\u201d is not a whole number: type one from 1 to 60.");
        assertThat(m.runShareErrorProperty().get()).isEqualTo("From 1 to 100.");
        m.gapDaysProperty().set("10");
        m.runShareProperty().set(" 75 ");
        assertThat(m.save()).get().extracting(SettingsValues::progression)
                .isEqualTo(new Progression.Policy(Duration.ofDays(10), 75));
        assertThat(m.gapDaysErrorProperty().get()).isEmpty();
    }

    @Test
    void theBackupFolderIsAFullPathToAFolderOrEmptyForTheDefault(@TempDir Path dir)
            throws Exception {
        SettingsViewModel m = model(Locale.ENGLISH);
        for (String wrong : List.of("backups", "../x", Files.writeString(dir.resolve("a file"), "x").toString())) {
            m.backupFolderProperty().set(wrong);
            assertThat(m.save()).as(wrong).isEmpty();
            assertThat(m.backupFolderErrorProperty().get()).startsWith("\u201c" + wrong + "\u201d is not a folder");
        }
        m.backupFolderProperty().set(" " + dir.resolve("not yet made") + " ");
        assertThat(m.save()).get().extracting(SettingsValues::backupFolder).isEqualTo(Optional.of(dir.resolve("not yet made")));
        m.backupFolderProperty().set("");
        assertThat(m.save()).get().extracting(SettingsValues::backupFolder).isEqualTo(Optional.empty());
    }

    @Test
    void switchingTheUnitRewritesTheMaximumInIt() {
        SettingsViewModel m = model(Locale.ENGLISH);
        m.unitProperty().set(SpeedUnit.MILES_PER_HOUR);
        assertThat(m.treadmillMaxProperty().get()).isEqualTo("9.9");
        SettingsValues saved = m.save().orElseThrow();
        assertThat(saved.unit()).isEqualTo(SpeedUnit.MILES_PER_HOUR);
        assertThat(saved.treadmillMax().in(SpeedUnit.MILES_PER_HOUR)).isCloseTo(9.9, offset(1e-9));
    }

    @Test
    void aBadMaximumIsRefusedAtItsFieldAndNothingIsSaved() {
        SettingsViewModel m = model(Locale.GERMAN);
        m.treadmillMaxProperty().set("schnell");
        assertThat(m.save()).isEmpty();
        assertThat(m.treadmillMaxErrorProperty().get()).contains("schnell").contains("keine Geschwindigkeit");
        m.treadmillMaxProperty().set("45");
        assertThat(m.save()).isEmpty();
        assertThat(m.treadmillMaxErrorProperty().get()).isEqualTo("Die H\u00f6chstgeschwindigkeit muss zwischen 4,0 km/h und 30,0 km/h liegen.");
        m.treadmillMaxProperty().set("18,5");
        assertThat(m.save()).isPresent();
        assertThat(m.treadmillMaxErrorProperty().get()).isEmpty();
    }

    @Test
    void operatorsAreOneANameLineWithoutBlanksOrRepeats() {
        SettingsViewModel m = model(Locale.ENGLISH);
        m.operatorsProperty().set("  Ana \n\nBen\nAna\nZoë Ørjan  ");
        assertThat(m.save().orElseThrow().operators()).containsExactly("Ana", "Ben", "Zoë Ørjan");
    }

    @Test
    void theClinicNameAndPaperAreSavedAndAnOverlongNameIsRefused() {
        SettingsViewModel m = model(Locale.ENGLISH);
        m.clinicNameProperty().set("  Physio am Fluss, Zürich  ");
        m.paperProperty().set(PaperSize.LETTER);
        SettingsValues saved = m.save().orElseThrow();
        assertThat(saved.clinicName()).isEqualTo("Physio am Fluss, Zürich");
        assertThat(saved.paper()).isEqualTo(PaperSize.LETTER);
        m.clinicNameProperty().set("x".repeat(81));
        assertThat(m.save()).isEmpty();
        assertThat(m.clinicNameErrorProperty().get()).isEqualTo("A clinic name can have at most 80 characters.");
    }

    @Test
    void paperFollowsTheCountryUntilOneIsChosen() {
        assertThat(PaperSize.defaultFor(Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.defaultFor(Locale.CANADA)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.defaultFor(Locale.GERMANY)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.defaultFor(Locale.ENGLISH)).isEqualTo(PaperSize.A4);
    }

    @Test
    void theClinicServerIsPostgresqlsAddressWithoutAPasswordAndTheIdleTimeAWholeNumberOfMinutes() {
        SettingsViewModel m = model(Locale.ENGLISH);
        m.clinicServerProperty().set("postgresql://ana:secret@clinic-server/retrotread");
        assertThat(m.save()).isEmpty();
        assertThat(m.clinicServerErrorProperty().get()).startsWith("No password in the address");
        m.clinicServerProperty().set("postgresql://clinic-server/retrotread?password=secret");
        assertThat(m.save()).isEmpty();
        assertThat(m.clinicServerErrorProperty().get()).startsWith("No password in the address");
        for (String wrong : List.of("9".repeat(400), "clinic-server", "mysql://clinic-server/retrotread", "postgresql://clinic-server")) {
            m.clinicServerProperty().set(wrong);
            assertThat(m.save()).as(wrong).isEmpty();
            assertThat(m.clinicServerErrorProperty().get()).as(wrong).startsWith("The address reads postgresql://host:port/database");
        }
        m.clinicServerProperty().set("  postgresql://clinic-server:5432/retrotread?sslmode=require ");
        m.idleMinutesProperty().set("-5");
        assertThat(m.save()).isEmpty();
        assertThat(m.idleMinutesErrorProperty().get()).isNotEmpty();
        m.idleMinutesProperty().set("0");
        assertThat(m.save().orElseThrow().clinic())
                .isEqualTo(new SettingsValues.Clinic("postgresql://clinic-server:5432/retrotread?sslmode=require", 0));
        m.clinicServerProperty().set("");
        assertThat(m.save().orElseThrow().clinic().server()).as("this computer only").isEmpty();
    }

    /** The deck's grade range: a decline down to -10 %, a highest from level to 40 %; anything else refused at the field. */
    @Test
    void theTreadmillsGradeRangeIsCheckedAtItsField() {
        SettingsViewModel m = model(Locale.ENGLISH);
        assertThat(m.gradeLowestProperty().get()).isEqualTo("0");
        assertThat(m.gradeHighestProperty().get()).isEqualTo("15");
        for (String[] wrong : new String[][] {{"1", "15"}, {"-11", "15"}, {"0", "41"}, {"0", "-2"}, {"abc", "15"},
                {"0", "9".repeat(400)}, {"-5.25", "15"}}) {
            m.gradeLowestProperty().set(wrong[0]);
            m.gradeHighestProperty().set(wrong[1]);
            assertThat(m.save()).as("%s to %s", wrong[0], wrong[1]).isEmpty();
            assertThat(m.gradeRangeErrorProperty().get()).contains("-10");
        }
        m.gradeLowestProperty().set("-5");
        m.gradeHighestProperty().set("12,5");
        assertThat(m.save().orElseThrow().gradeRange()).isEqualTo(new GradeRange(Grade.ofPercent(-5), Grade.ofPercent(12.5)));
        assertThat(m.gradeRangeErrorProperty().get()).isEmpty();
    }
}
