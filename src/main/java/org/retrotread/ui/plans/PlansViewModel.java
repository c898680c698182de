package org.retrotread.ui.plans;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.BlockDefaults;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.SavedPlan;

/**
 * The plan library: the clinic's saved plans (everyone's and each client's), then the shipped
 * starters, which are read-only and are changed by copying. One plan is open in the editor at a time.
 */
public final class PlansViewModel {

    /** A line of the library: a saved plan or a starter. */
    public record Entry(Plan plan, Optional<SavedPlan> saved, Optional<StarterPlans.Starter> starter) {
        boolean isStarter() {
            return starter.isPresent();
        }
    }

    private final Messages text;
    private final PlansService service;
    private final List<StarterPlans.Starter> starters;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanEditorViewModel> editor = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    /** The saved plan the editor is changing; empty for a new plan or a copy not yet saved. */
    private Optional<SavedPlan> editing = Optional.empty();
    private final Speed treadmillMax;
    private final GradeRange gradeRange;
    private final OtherFormats otherFormats;
    private static final String DISCARD_FIRST = "ui.plans.discardFirst";
    private final UnsavedGuard unsaved = new UnsavedGuard();
    private boolean reverting;
    private boolean reloading;

    public PlansViewModel(Messages text, PlansService service) {
        this(text, service, Bounds.FASTEST_TARGET, GradeRange.DEFAULT);
    }

    /**
     * @param treadmillMax this treadmill's top speed (Settings), which no plan's maximum may pass
     * @param gradeRange   this treadmill's grade range (Settings), outside which no block's grade may go
     */
    public PlansViewModel(Messages text, PlansService service, Speed treadmillMax, GradeRange gradeRange) {
        this.treadmillMax = treadmillMax;
        this.gradeRange = gradeRange;
        this.text = text;
        this.service = service;
        this.starters = StarterPlans.all(text::text);
        this.otherFormats = new OtherFormats(text, service, treadmillMax, gradeRange, this::openUnsaved, notice::set);
        editor.addListener(x -> unsaved.forget());
        selected.addListener((o, was, now) -> {
            if (now == null || reverting) {
                return;
            }
            if (!reloading && !mayDiscard(now, DISCARD_FIRST)) {
                reverting = true; // the list goes back to the plan being edited: its changes are not dropped unsaid
                selected.set(was);
                reverting = false;
                return;
            }
            open(now);
        });
        reload(Optional.empty());
    }

    /** Whether the editor may give way to {@code attempt}: nothing in it unsaved, or asked again after {@code warning}. */
    boolean mayDiscard(Object attempt, String warning) {
        return unsaved.allows(attempt, hasUnsavedChanges(), () -> notice.set(text.text(warning)));
    }

    private void reload(Optional<Long> select) {
        service.load(clients::setAll, saved -> {
            reloading = true; // the library chose after a save, an import or an archive: nothing is left unsaved
            List<Entry> all = new ArrayList<>();
            saved.forEach(s -> all.add(new Entry(s.latest().plan(), Optional.of(s), Optional.empty())));
            starters.forEach(s -> all.add(new Entry(s.plan(), Optional.empty(), Optional.of(s))));
            entries.setAll(all);
            Entry pick = select.flatMap(id -> all.stream().filter(e -> e.saved().map(s -> s.planId() == id).orElse(false))
                    .findFirst()).orElse(all.isEmpty() ? null : all.get(0));
            if (pick == selected.get() && pick != null) {
                open(pick);
            }
            selected.set(pick);
            reloading = false;
        });
    }

    private void open(Entry entry) {
        editing = entry.saved();
        Optional<Client> owner = entry.saved().flatMap(SavedPlan::clientId).flatMap(this::client);
        editor.set(new PlanEditorViewModel(text, entry.plan(), owner, entry.saved().flatMap(SavedPlan::progression),
                entry.isStarter(), treadmillMax, gradeRange));
    }

    private Optional<Client> client(long id) {
        return clients.stream().filter(c -> c.id() == id).findFirst();
    }

    /** A new plan in the editor, not saved until Save. */
    public void newPlan() {
        if (!mayDiscard("new", DISCARD_FIRST)) {
            return;
        }
        selected.set(null);
        editing = Optional.empty();
        editor.set(new PlanEditorViewModel(text, BlockDefaults.plan(text.text("ui.plans.newName"), TreadmillMode.POWERED),
                Optional.empty(), Optional.empty(), false, treadmillMax, gradeRange));
        notice.set(text.text("ui.plans.newNotice"));
    }

    /** A copy of the plan shown (a starter's only way to be changed), not saved until Save. */
    public void copy() {
        PlanEditorViewModel current = editor.get();
        if (current == null || current.plan().isEmpty()) {
            notice.set(text.text("ui.plans.copyNeedsValid"));
            return;
        }
        Plan plan = current.plan().get();
        String name = text.format("ui.plans.copyName", plan.name());
        Plan copy = new Plan(name.length() > 100 ? name.substring(0, 100) : name, plan.mode(), plan.blocks(), plan.limits(),
                plan.sessionsPerWeek());
        selected.set(null);
        editing = Optional.empty();
        editor.set(new PlanEditorViewModel(text, copy, Optional.ofNullable(current.clientProperty().get()),
                current.progressionRule(), false, treadmillMax, gradeRange));
        notice.set(text.format("ui.plans.copied", plan.name()));
    }

    /** Saves what the editor shows: a new plan, or the next version of the one being changed. */
    public void save() {
        PlanEditorViewModel e = editor.get();
        if (e == null || e.readOnly()) {
            notice.set(text.text("ui.plans.starterReadOnly"));
            return;
        }
        if (e.plan().isEmpty()) {
            notice.set(text.format("ui.plans.cannotSave", e.problems().size()));
            return;
        }
        Optional<Long> clientId = Optional.ofNullable(e.clientProperty().get()).map(Client::id);
        service.save(editing.map(SavedPlan::planId), e.plan().get(), clientId, e.progressionRule(), saved -> {
            e.saved();
            unsaved.forget();
            notice.set(text.format("ui.plans.saved", saved.name(), saved.latest().version()));
            reload(Optional.of(saved.planId()));
        }, notice::set);
    }

    /** Takes the saved plan out of the library (sessions that ran it keep it). */
    public void archive() {
        if (editing.isEmpty()) {
            notice.set(text.text("ui.plans.archiveNeedsSaved"));
            return;
        }
        SavedPlan plan = editing.get();
        service.archive(plan.planId(), () -> {
            notice.set(text.format("ui.plans.archived", plan.name()));
            reload(Optional.empty());
        }, notice::set);
    }

    /**
     * A plan file read whole, then added to the library. When the library already has a plan of that name,
     * nothing is added until the person says what to do: replace it (a new version of the same plan, the
     * old versions kept for the sessions that ran them), keep both (the new one renamed), or cancel.
     */
    public void importFrom(Path file, Consumer<ImportClash> ask) {
        importFrom(file, ask, question -> notice.set(question.question()));
    }

    /**
     * As {@link #importFrom(Path, Consumer)} for Retrotread's own files; a QZ programme ({@code .xml}) or a
     * Zwift run ({@code .zwo}) opens in the editor as a new plan instead, saved only when the person saves it
     * (after {@code askPace} when a Zwift run needs its reference pace).
     */
    public void importFrom(Path file, Consumer<ImportClash> ask, Consumer<OtherFormats.PaceQuestion> askPace) {
        PlanFormat format = PlanFormat.of(file);
        if (format != PlanFormat.RETROTREAD) {
            otherFormats.importFrom(file, format, Optional.empty(), askPace);
            return;
        }
        service.readFile(file, plan -> {
            Optional<SavedPlan> same = library().filter(s -> s.name().equalsIgnoreCase(plan.name().strip())).findFirst();
            if (same.isEmpty()) {
                saveImported(Optional.empty(), plan, Optional.empty(), Optional.empty(), file);
                return;
            }
            SavedPlan s = same.get();
            ask.accept(new ImportClash(plan.name(),
                    () -> saveImported(Optional.of(s.planId()), plan, s.clientId(), s.progression(), file),
                    () -> saveImported(Optional.empty(), renamed(plan), Optional.empty(), Optional.empty(), file),
                    () -> notice.set(text.format("ui.plans.importCancelled", file.getFileName()))));
        }, notice::set);
    }

    /** A plan file whose plan has the name of one in the library, and the three ways on. */
    public record ImportClash(String name, Runnable replace, Runnable keepBoth, Runnable cancel) {
    }

    private void saveImported(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression,
                              Path file) {
        service.save(planId, plan, clientId, progression, saved -> {
            notice.set(text.format("ui.plans.imported", saved.name(), file.getFileName()));
            reload(Optional.of(saved.planId()));
        }, notice::set);
    }

    private Stream<SavedPlan> library() {
        return entries.stream().map(Entry::saved).flatMap(Optional::stream);
    }

    /** The plan with the first free "Name (n)". */
    private Plan renamed(Plan plan) {
        for (int n = 2; ; n++) {
            String name = plan.name().strip() + " (" + n + ")";
            if (library().noneMatch(s -> s.name().equalsIgnoreCase(name))) {
                return new Plan(name, plan.mode(), plan.blocks(), plan.limits(), plan.sessionsPerWeek());
            }
        }
    }

    public void exportTo(Path file) {
        PlanEditorViewModel e = editor.get();
        if (e == null || e.plan().isEmpty()) {
            notice.set(text.text("ui.plans.copyNeedsValid"));
            return;
        }
        service.exportFile(file, e.plan().get(), () -> notice.set(text.format("ui.plans.exported", file)), notice::set);
    }

    /** The plan shown, as a QZ training programme for a home treadmill. */
    public void exportQzTo(Path file) {
        otherFormats.exportQz(file, Optional.ofNullable(editor.get()).flatMap(PlanEditorViewModel::plan));
    }

    private void openUnsaved(PlanEditorViewModel imported) {
        selected.set(null);
        editing = Optional.empty();
        editor.set(imported);
    }

    /** A file name to suggest for an export: the plan's name, made safe for every file system. */
    public String suggestedFileName() {
        return suggestedFileName(PlanFormat.RETROTREAD);
    }

    public String suggestedFileName(PlanFormat format) {
        return format.fileName(editor.get() == null ? "plan" : editor.get().nameProperty().get());
    }

    /** A line for the library list: the plan's name, and whose it is or that it is a starter. */
    public String label(Entry e) {
        if (e.isStarter()) {
            return text.format("ui.plans.starterLabel", e.plan().name());
        }
        SavedPlan s = e.saved().orElseThrow();
        String owner = s.clientId().flatMap(this::client).map(c -> text.format("ui.plans.forClient", c.name())).orElse("");
        String progression = s.progression().map(r -> text.format("ui.plans.progressionTag", Math.round(r.raisePercent())))
                .orElse("");
        return e.plan().name() + owner + progression;
    }

    public boolean hasUnsavedChanges() {
        return editor.get() != null && editor.get().changedProperty().get();
    }

    public ObservableList<Entry> entries() { return entries; }
    public ObservableList<Client> clients() { return clients; }
    public ObjectProperty<Entry> selectedProperty() { return selected; }
    public ObjectProperty<PlanEditorViewModel> editorProperty() { return editor; }
    public StringProperty noticeProperty() { return notice; }
    public Messages text() { return text; }
}
