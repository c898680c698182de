package org.retrotread.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;
import org.retrotread.store.PlanFiles;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.Store;

/** The plan library without a window, on a real SQLite file: copy a starter, save, version, keep for a client, archive. */
class PlansViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private PlansViewModel model;
    private Client ana;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("retrotread.db"));
        ana = store.clients().add(Client.named("Ana"));
        model = new PlansViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), new StoreBackedPlans(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStarterIsReadOnlyAndIsChangedByCopyingIt() throws Exception {
        assertThat(model.entries()).hasSize(6).allMatch(PlansViewModel.Entry::isStarter);
        model.selectedProperty().set(model.entries().get(3));                 // the knee programme
        assertThat(model.editorProperty().get().readOnly()).isTrue();
        model.save();
        assertThat(model.noticeProperty().get()).isEqualTo("Starter plans are read-only templates. Copy one (Ctrl+D) to change it.");
        assertThat(store.plans().library()).isEmpty();

        model.copy();
        PlanEditorViewModel copy = model.editorProperty().get();
        assertThat(copy.readOnly()).isFalse();
        assertThat(copy.nameProperty().get()).isEqualTo("Copy of Knee programme: ten minutes");
        copy.nameProperty().set("Ana's knee");
        copy.clientProperty().set(ana);
        copy.progressionOnProperty().set(true);
        model.save();
        assertThat(model.noticeProperty().get()).isEqualTo("Saved \u201cAna's knee\u201d (version 1).");
        SavedPlan saved = store.plans().library().get(0);
        assertThat(saved.clientId()).contains(ana.id());
        assertThat(saved.progression()).contains(Progression.Rule.DEFAULT);
        assertThat(model.label(model.selectedProperty().get())).isEqualTo("Ana's knee \u00b7 for Ana \u00b7 +10 % a step");

        model.editorProperty().get().sessionsPerWeekProperty().set("2");     // an edit is the next version
        model.save();
        assertThat(store.plans().library().get(0).latest().version()).isEqualTo(2);
        assertThat(model.editorProperty().get().changedProperty().get()).isFalse();

        Path file = dir.resolve("ana.retrotread-plan.json");
        model.exportTo(file);
        assertThat(PlanFiles.read(file).sessionsPerWeek()).isEqualTo(2);
        assertThat(model.suggestedFileName()).isEqualTo("Anas knee.retrotread-plan.json");

        model.archive();
        assertThat(store.plans().library()).isEmpty();
        assertThat(model.entries()).hasSize(6);
        model.importFrom(file, clash -> { throw new AssertionError("no plan of that name in the library"); });
        assertThat(store.plans().library()).extracting(SavedPlan::name).containsExactly("Ana's knee");
        assertThat(store.plans().library().get(0).clientId()).isEmpty(); // an imported plan is the library's
        assertThat(Files.exists(file)).isTrue();

        // The same file again: nothing is added until the person chooses.
        List<PlansViewModel.ImportClash> asked = new ArrayList<>();
        model.importFrom(file, asked::add);
        assertThat(asked).singleElement().extracting(PlansViewModel.ImportClash::name).isEqualTo("Ana's knee");
        assertThat(store.plans().library()).hasSize(1);
        asked.get(0).cancel().run();
        assertThat(model.noticeProperty().get()).isEqualTo("Nothing imported from ana.retrotread-plan.json.");
        assertThat(store.plans().library()).hasSize(1);
        asked.clear();
        model.importFrom(file, asked::add);
        asked.get(0).keepBoth().run();
        assertThat(store.plans().library()).extracting(SavedPlan::name).containsExactlyInAnyOrder("Ana's knee", "Ana's knee (2)");
        asked.clear();
        model.importFrom(file, asked::add);
        asked.get(0).replace().run();                                  // the same plan: no new version is needed
        assertThat(store.plans().library()).extracting(SavedPlan::name).containsExactlyInAnyOrder("Ana's knee", "Ana's knee (2)");
    }

    @Test
    void aPlanWithMistakesIsNotSavedAndSaysHowMany() throws Exception {
        model.newPlan();
        PlanEditorViewModel editor = model.editorProperty().get();
        editor.nameProperty().set("");
        editor.blocks().get(1).property("duration").set("soon");
        model.save();
        assertThat(model.noticeProperty().get()).isEqualTo("Not saved: 2 fields need correcting (marked in red).");
        assertThat(store.plans().library()).isEmpty();
        assertThat(model.hasUnsavedChanges()).isTrue();
    }
}
