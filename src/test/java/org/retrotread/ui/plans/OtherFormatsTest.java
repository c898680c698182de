package org.retrotread.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Store;

/**
 * The plan library's other formats without a window, on a real store and real files: a plan out to QZ and back
 * into the editor as the same plan, unsaved until saved; a speed above this treadmill refused at its field; a
 * Zwift run of pace shares read once its pace is given.
 */
class OtherFormatsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("retrotread.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlansViewModel library(double treadmillMaxKmh) {
        return new PlansViewModel(EN, new StoreBackedPlans(store), Speed.ofKmh(treadmillMaxKmh), GradeRange.DEFAULT);
    }

    @Test
    void aPlanGoesOutToQzAndComesBackIntoTheEditorAsTheSamePlanUnsavedUntilSaved() throws Exception {
        PlansViewModel model = library(16);
        var uphill = model.entries().stream().filter(e -> e.starter().map(s -> s.id().equals("uphillThreeGrades")).orElse(false))
                .findFirst().orElseThrow();
        model.selectedProperty().set(uphill);
        assertThat(model.suggestedFileName(PlanFormat.QZ)).endsWith(".xml");
        Path file = dir.resolve(model.suggestedFileName(PlanFormat.QZ));
        model.exportQzTo(file);
        assertThat(model.noticeProperty().get()).startsWith("Written for QZ: " + file);
        assertThat(Files.readString(file)).contains("a BACKWARD walking plan").contains("The first block is on the rails");

        model.importFrom(file, clash -> { throw new AssertionError("a QZ file opens in the editor, it is not saved"); });
        PlanEditorViewModel editor = model.editorProperty().get();
        assertThat(editor.plan()).contains(uphill.plan());
        assertThat(editor.changedProperty().get()).isTrue();
        assertThat(store.plans().library()).isEmpty();
        assertThat(model.noticeProperty().get()).contains("opened as a new plan").doesNotContain("Not carried over");
        model.save();
        assertThat(store.plans().library()).extracting(s -> s.latest().plan()).containsExactly(uphill.plan());
    }

    @Test
    void anImportedPlanNotYetSavedIsNotDroppedByChoosingAnotherWithoutAWord() throws Exception {
        Path file = dir.resolve("walk.xml");
        Files.writeString(file, "<rows><row duration=\"00:05:00\" speed=\"3.0\"/></rows>");
        PlansViewModel model = library(16);
        model.importFrom(file, clash -> { throw new AssertionError(); });
        PlanEditorViewModel imported = model.editorProperty().get();
        model.selectedProperty().set(model.entries().get(0));               // another plan: warned, and still here
        assertThat(model.editorProperty().get()).isSameAs(imported);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).startsWith("The plan in the editor has changes that are not saved.");
        model.newPlan();                                                     // something else: warned again
        assertThat(model.editorProperty().get()).isSameAs(imported);
        model.newPlan();                                                     // the same again: it goes ahead
        assertThat(model.editorProperty().get()).isNotSameAs(imported);
        model.selectedProperty().set(model.entries().get(0));               // a new plan untouched: nothing to lose
        assertThat(model.editorProperty().get().nameProperty().get()).isEqualTo(model.entries().get(0).plan().name());
    }

    @Test
    void aDeadMillPlanIsNotWrittenForQz() {
        PlansViewModel model = library(16);
        var deadMill = model.entries().stream().filter(e -> e.plan().mode() == TreadmillMode.UNPOWERED).findFirst().orElseThrow();
        model.selectedProperty().set(deadMill);
        Path file = dir.resolve("dead.xml");
        model.exportQzTo(file);
        assertThat(model.noticeProperty().get()).startsWith("A dead-mill plan has no belt speeds for QZ");
        assertThat(file).doesNotExist();
    }

    @Test
    void aSpeedAboveThisTreadmillIsRefusedAtItsFieldAndWhatCannotRunIsListed() throws Exception {
        Path file = dir.resolve("home.xml");
        Files.writeString(file, """
                <rows>
                  <row duration="00:05:00" speed="3.0" forcespeed="1"/>
                  <row duration="00:10:00" speed="14" inclination="2" forcespeed="1" zonehr="3"/>
                </rows>""");
        PlansViewModel model = library(12);
        model.importFrom(file, clash -> { throw new AssertionError(); });
        PlanEditorViewModel editor = model.editorProperty().get();
        assertThat(editor.plan()).isEmpty();
        assertThat(editor.problems().get(PlanEditorViewModel.key(1, "target"))).contains("12.0");
        assertThat(editor.maxSpeedProperty().get()).isEqualTo("12.0");
        assertThat(model.noticeProperty().get()).contains("home.xml opened as a new plan of 2 blocks")
                .contains("Not carried over, or changed to fit (1):")
                .contains("Line 3, step 2: heart-rate targets (zonehr=3) are not carried over");
        editor.blocks().get(1).property("target").set("10");
        assertThat(editor.plan()).isPresent();
    }

    @Test
    void aZwiftRunOfPaceSharesAsksItsReferencePaceFirst() throws Exception {
        Path file = dir.resolve("tempo.zwo");
        Files.writeString(file, """
                <workout_file><name>Tempo</name><sportType>run</sportType><workout>
                  <SteadyState Duration="600" Power="0.5" pace="1"/>
                </workout></workout_file>""");
        PlansViewModel model = library(16);
        List<OtherFormats.PaceQuestion> asked = new ArrayList<>();
        model.importFrom(file, clash -> { throw new AssertionError(); }, asked::add);
        assertThat(asked).singleElement().extracting(OtherFormats.PaceQuestion::question).asString().contains("5 km pace");
        assertThat(asked.get(0).problem().apply("fast")).contains("\u201cfast\u201d is neither a pace (5:30) nor a speed.");
        assertThat(asked.get(0).problem().apply("0:30")).contains("A reference pace must be from 3.0 km/h to 25.0 km/h.");
        assertThat(asked.get(0).problem().apply("6:00")).isEmpty();
        asked.get(0).answer().accept("6:00");                       // 10 km/h: half of it is 5.0
        Plan plan = model.editorProperty().get().plan().orElseThrow();
        assertThat(plan.name()).isEqualTo("Tempo");
        assertThat(plan.blocks()).containsExactly(new SteadyBlock(Duration.ofMinutes(10), Target.kmh(5.0)));
        assertThat(plan.limits().maxSpeed()).isEqualTo(Speed.ofKmh(16));      // this treadmill's top: the file names none
    }
}
