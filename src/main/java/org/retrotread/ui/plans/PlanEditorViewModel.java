package org.retrotread.ui.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.BlockDefaults;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.TypedDecimal;
import org.retrotread.store.Client;
import org.retrotread.store.exchange.ImportedPlan;

/**
 * The plan being edited: its fields as typed, its blocks as drafts, and after every keystroke the
 * plan they make or the problems, each keyed to its field ({@link #key}). The preview and the Save
 * button follow {@link #plan()}; a starter is shown read-only and can only be copied.
 */
public final class PlanEditorViewModel {

    private final Messages text;
    private final FieldText fields;
    private final boolean readOnly;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TreadmillMode> mode = new SimpleObjectProperty<>(TreadmillMode.POWERED);
    private final StringProperty maxSpeed = new SimpleStringProperty("");
    private final Speed treadmillMax;
    private final StringProperty maxStep = new SimpleStringProperty("");
    private final StringProperty sessionsPerWeek = new SimpleStringProperty("");
    private final BooleanProperty railsLevel = new SimpleBooleanProperty(true);
    private final GradeChecks gradeChecks;
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>();
    private final BooleanProperty progressionOn = new SimpleBooleanProperty(false);
    private final StringProperty progressionPercent = new SimpleStringProperty("10");
    private final ObservableList<BlockDraft> blocks = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Optional<Plan>> plan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanProperty changed = new SimpleBooleanProperty(false);
    private boolean loading;

    /**
     * @param readOnly a shipped starter: shown, previewed and copied, never changed
     */
    public PlanEditorViewModel(Messages text, Plan start, Optional<Client> owner, Optional<Progression.Rule> progression,
                               boolean readOnly) {
        this(text, start, owner, progression, readOnly, Bounds.FASTEST_TARGET);
    }

    /** @param treadmillMax this treadmill's top speed (Settings): a plan's maximum may not pass it */
    public PlanEditorViewModel(Messages text, Plan start, Optional<Client> owner, Optional<Progression.Rule> progression,
                               boolean readOnly, Speed treadmillMax) {
        this(text, start, owner, progression, readOnly, treadmillMax, GradeRange.DEFAULT);
    }

    /** @param grades this treadmill's grade range (Settings): a block's grade outside it is refused at its field */
    public PlanEditorViewModel(Messages text, Plan start, Optional<Client> owner, Optional<Progression.Rule> progression,
                               boolean readOnly, Speed treadmillMax, GradeRange grades) {
        this.text = text;
        this.treadmillMax = treadmillMax;
        this.gradeChecks = new GradeChecks(grades);
        this.fields = new FieldText(text);
        this.readOnly = readOnly;
        loading = true;
        fill(start.name(), start.mode(), start.limits(), start.sessionsPerWeek(), start.railsLevel(), start.blocks());
        client.set(owner.orElse(null));
        progressionOn.set(progression.isPresent());
        progression.ifPresent(r -> progressionPercent.set(FieldText.wholeOrDecimal(r.raisePercent())));
        loading = false;
        for (Observable o : List.of(name, maxSpeed, maxStep, sessionsPerWeek, client, progressionOn, progressionPercent, railsLevel)) {
            o.addListener(x -> edited());
        }
        mode.addListener((o, was, now) -> {
            loading = true;
            blocks.forEach(b -> b.resetTargets(now, fields));
            loading = false;
            if (now == TreadmillMode.UNPOWERED) {
                progressionOn.set(false); // a dead mill has no speeds to raise
            }
            edited();
        });
        blocks.forEach(this::watch);
        rebuild();
    }

    /**
     * Another tool's workout in the editor as a new plan, unsaved: a speed above this treadmill's top is refused
     * at its field as if typed there; its settings when Retrotread wrote the file, else this treadmill's top speed.
     */
    public static PlanEditorViewModel imported(Messages text, ImportedPlan imported, Speed treadmillMax, GradeRange grades) {
        PlanEditorViewModel editor = new PlanEditorViewModel(text, BlockDefaults.plan(imported.name(), TreadmillMode.POWERED),
                Optional.empty(), Optional.empty(), false, treadmillMax, grades);
        ImportedPlan.Settings settings = imported.settingsOr(treadmillMax);
        editor.loading = true;
        editor.blocks.clear();
        editor.fill(imported.name(), TreadmillMode.POWERED, settings.limits(), settings.sessionsPerWeek(), settings.railsLevel(),
                imported.blocks());
        editor.blocks.forEach(editor::watch);
        editor.loading = false;
        editor.edited(); // unsaved: leaving asks first
        return editor;
    }

    private void fill(String planName, TreadmillMode planMode, PlanLimits limits, int perWeek, boolean level, List<Block> all) {
        name.set(planName);
        mode.set(planMode);
        maxSpeed.set(text.number(limits.maxSpeed().in(text.unit())));
        maxStep.set(text.number(limits.maxStep().in(text.unit())));
        sessionsPerWeek.set(Integer.toString(perWeek));
        railsLevel.set(level);
        all.forEach(b -> blocks.add(BlockDraft.of(b, fields)));
        selected.set(blocks.isEmpty() ? -1 : 0);
    }

    private void watch(BlockDraft draft) {
        draft.fieldNames().forEach(f -> draft.property(f).addListener(x -> edited()));
    }

    private void edited() {
        if (!loading) {
            changed.set(true);
            rebuild();
        }
    }

    /** Adds a block of {@code kind} after the selected one (or at the end) and selects it. */
    public void add(BlockKind kind) {
        if (readOnly || blocks.size() >= Bounds.MOST_BLOCKS) {
            return;
        }
        BlockDraft draft = BlockDraft.fresh(kind, mode.get(), fields);
        watch(draft);
        int at = selected.get() < 0 ? blocks.size() : selected.get() + 1;
        blocks.add(at, draft);
        selected.set(at);
        edited();
    }

    public void remove() {
        int at = selected.get();
        if (readOnly || at < 0 || at >= blocks.size()) {
            return;
        }
        blocks.remove(at);
        selected.set(Math.min(at, blocks.size() - 1));
        edited();
    }

    /** Moves the selected block one place up ({@code -1}) or down ({@code +1}); it stays selected. */
    public void move(int by) {
        int from = selected.get();
        int to = from + by;
        if (readOnly || from < 0 || to < 0 || to >= blocks.size()) {
            return;
        }
        BlockDraft draft = blocks.remove(from);
        blocks.add(to, draft);
        selected.set(to);
        edited();
    }

    /** Re-reads every field: the plan when all is well, else each problem at its field. */
    private void rebuild() {
        List<FieldProblem> found = new ArrayList<>();
        List<Block> built = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            try {
                Block block = blocks.get(i).build(mode.get(), fields);
                built.add(block);
                int index = i;
                gradeChecks.of(block, Optional.ofNullable(client.get()).flatMap(c -> c.safety().maxGrade()))
                        .forEach(p -> found.add(p.inBlock(index)));
            } catch (InvalidPlanException e) {
                int index = i;
                e.problems().forEach(p -> found.add(p.inBlock(index)));
            }
        }
        Optional<Speed> fastest = speed("maxSpeed", maxSpeed.get(), found).filter(max -> {
            if (max.exceeds(treadmillMax)) { // no treadmill here can run it: refused at the field, not at the start
                found.add(FieldText.problem("maxSpeed", "plan.error.aboveTreadmill", treadmillMax));
                return false;
            }
            return true;
        });
        Optional<Speed> step = speed("maxStep", maxStep.get(), found);
        Optional<Integer> perWeek = fields.readWhole("sessionsPerWeek", sessionsPerWeek.get(), found);
        progressionRule(found);
        Optional<Plan> result = Optional.empty();
        if (fastest.isPresent() && step.isPresent() && perWeek.isPresent()) {
            try {
                PlanLimits limits = new PlanLimits(fastest.get(), step.get());
                if (found.isEmpty()) {
                    result = Optional.of(new Plan(name.get().strip(), mode.get(), built, limits, perWeek.get(), railsLevel.get()));
                } else {
                    found.addAll(planLevelProblems(built, limits, perWeek.get()));
                }
            } catch (InvalidPlanException e) {
                found.addAll(e.problems());
            }
        }
        problems.clear();
        found.forEach(p -> problems.merge(key(p.blockIndex(), p.field()), text.format(p.message()), (a, b) -> a));
        plan.set(result);
    }

    /**
     * While a block has a problem, the plan's own fields (its name, say) are still checked, so every
     * mistake shows at once. The blocks that read well stand in for all of them; a plan-level
     * problem is all that is kept, since block positions in that stand-in list are not the real ones.
     */
    private List<FieldProblem> planLevelProblems(List<Block> built, PlanLimits limits, int perWeek) {
        List<Block> standIn = built.isEmpty() && !blocks.isEmpty() ? List.of(BlockDefaults.block(BlockKind.STEADY, mode.get())) : built;
        try {
            new Plan(name.get().strip(), mode.get(), standIn, limits, perWeek);
            return List.of();
        } catch (InvalidPlanException e) {
            return e.problems().stream().filter(p -> p.blockIndex() == FieldProblem.PLAN_LEVEL).toList();
        }
    }

    private Optional<Speed> speed(String field, String typed, List<FieldProblem> found) {
        return fields.readTarget(field, typed, TreadmillMode.POWERED, found)
                .map(t -> ((Target.AtSpeed) t).speed());
    }

    /** The progression asked for, if it is on and its percentage reads (a problem at its field if not). */
    public Optional<Progression.Rule> progressionRule() {
        return progressionRule(new ArrayList<>());
    }

    private Optional<Progression.Rule> progressionRule(List<FieldProblem> found) {
        if (!progressionOn.get() || client.get() == null) {
            return Optional.empty();
        }
        Optional<Double> percent = TypedDecimal.read(progressionPercent.get(), "%").filter(p -> p > 0 && p <= 50);
        if (percent.isEmpty()) {
            found.add(FieldText.problem("progressionPercent", "plan.error.percentOutOfRange", 0, 50));
        }
        return percent.map(Progression.Rule::new);
    }

    /** The key of a field's problem: block index (or -1 for the plan) and field name. */
    public static String key(int blockIndex, String field) {
        return blockIndex + ":" + field;
    }

    /** The total planned time and block count, for under the preview. */
    public String totalLine() {
        return plan.get().map(p -> text.format("ui.plans.total", Messages.clock(p.plannedDuration()), p.blocks().size()))
                .orElse(text.format("ui.plans.problems", problems.size()));
    }

    /** Called after a save: what is shown is now what is stored. */
    public void saved() {
        changed.set(false);
    }

    public Optional<Plan> plan() { return plan.get(); }
    public ReadOnlyObjectProperty<Optional<Plan>> planProperty() { return plan.getReadOnlyProperty(); }
    public ObservableMap<String, String> problems() { return problems; }
    public ObservableList<BlockDraft> blocks() { return blocks; }
    public IntegerProperty selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<TreadmillMode> modeProperty() { return mode; }
    public StringProperty maxSpeedProperty() { return maxSpeed; }
    public StringProperty maxStepProperty() { return maxStep; }
    public StringProperty sessionsPerWeekProperty() { return sessionsPerWeek; }
    /** The plan's option: the handrail phase is walked on a level deck. */
    public BooleanProperty railsLevelProperty() { return railsLevel; }
    public ObjectProperty<Client> clientProperty() { return client; }
    public BooleanProperty progressionOnProperty() { return progressionOn; }
    public StringProperty progressionPercentProperty() { return progressionPercent; }
    public BooleanProperty changedProperty() { return changed; }
    public boolean readOnly() { return readOnly; }
    public Messages text() { return text; }
}
