package org.retrotread.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.PlanFileProblem;
import org.retrotread.store.PlanFiles;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.Store;
import org.retrotread.store.exchange.ImportedPlan;
import org.retrotread.store.exchange.QzReader;
import org.retrotread.store.exchange.QzWords;
import org.retrotread.store.exchange.QzWriter;
import org.retrotread.store.exchange.ReferencePaceNeeded;
import org.retrotread.store.exchange.ZwoReader;
import org.retrotread.ui.plans.PlanFormat;
import org.retrotread.ui.plans.PlansService;
import org.retrotread.work.Worker;

/** The plan library's data, read and written on the database thread; plan files are read there too. */
final class StorePlans implements PlansService {

    private final Store store;
    private final Worker background;
    private final BooleanSupplier readOnly;
    private final Messages text;
    private final ClinicWrites clinic;

    /** @param clinic on a clinic workstation, where a plan is saved first (the server); else the file alone */
    StorePlans(Store store, Worker background, BooleanSupplier readOnly, Messages text, ClinicWrites clinic) {
        this.store = store;
        this.background = background;
        this.readOnly = readOnly;
        this.text = text;
        this.clinic = clinic;
    }

    private record Library(List<Client> clients, List<SavedPlan> plans) {
    }

    @Override
    public void load(Consumer<List<Client>> clients, Consumer<List<SavedPlan>> plans) {
        background.run(() -> {
            clinic.refreshCopy();
            return new Library(store.clients().list(false), store.plans().library());
        }, library -> {
            clients.accept(library.clients());
            plans.accept(library.plans());
        }, e -> {
            clients.accept(List.of());
            plans.accept(List.of());
        });
    }

    @Override
    public void save(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression,
                     Consumer<SavedPlan> done, Consumer<String> failed) {
        if (refusedReadOnly(failed)) {
            return;
        }
        background.run(() -> clinic.on().isPresent() ? clinic.on().get().savePlan(planId, plan, clientId, progression)
                : store.plans().save(planId, plan, clientId, progression), done, e -> failed.accept(saveFailed(e)));
    }

    @Override
    public void archive(long planId, Runnable done, Consumer<String> failed) {
        if (refusedReadOnly(failed)) {
            return;
        }
        background.run(() -> {
            if (clinic.on().isPresent()) {
                clinic.on().get().archivePlan(planId);
            } else {
                store.plans().archive(planId);
            }
            return true;
        }, x -> done.run(), e -> failed.accept(saveFailed(e)));
    }

    @Override
    public void readFile(Path file, Consumer<Plan> done, Consumer<String> failed) {
        if (refusedReadOnly(failed)) {
            return;
        }
        background.run(() -> PlanFiles.read(file), done,
                e -> failed.accept(e instanceof PlanFileProblem p ? refusal(p) : saveFailed(e)));
    }

    @Override
    public void exportFile(Path file, Plan plan, Runnable done, Consumer<String> failed) {
        background.run(() -> {
            PlanFiles.write(file, plan);
            return true;
        }, x -> done.run(), e -> failed.accept(text.format("ui.plans.exportFailed", file, String.valueOf(e.getMessage()))));
    }

    @Override
    public void readOtherFile(Path file, PlanFormat format, Optional<Speed> referencePace, Consumer<ImportedPlan> done,
                              IntConsumer needsPace, Consumer<String> failed) {
        background.run(() -> format == PlanFormat.ZWIFT ? ZwoReader.read(file, referencePace) : QzReader.read(file), done, e -> {
            if (e instanceof ReferencePaceNeeded n) {
                needsPace.accept(n.pace());
            } else {
                failed.accept(e instanceof PlanFileProblem p ? refusal(p) : saveFailed(e));
            }
        });
    }

    @Override
    public void exportQz(Path file, Plan plan, QzWords words, Runnable done, Consumer<String> failed) {
        background.run(() -> {
            QzWriter.write(file, plan, words);
            return true;
        }, x -> done.run(), e -> failed.accept(text.format("ui.plans.exportFailed", file, String.valueOf(e.getMessage()))));
    }

    /** What is wrong with the file, then each of the plan's own problems at its field. */
    private String refusal(PlanFileProblem p) {
        StringBuilder s = new StringBuilder(text.format(p.reason()));
        p.more().forEach(m -> s.append('\n').append(text.format(m)));     // every problem, not only the first
        p.planProblems().forEach(f -> s.append('\n').append(text.problem(f)));
        return s.toString();
    }

    private boolean refusedReadOnly(Consumer<String> failed) {
        if (readOnly.getAsBoolean()) {
            failed.accept(text.format("store.readOnly", store.database().file()));
            return true;
        }
        return false;
    }

    private String saveFailed(Exception e) {
        if (e instanceof ServerProblem p) {
            return clinic.refused(p);
        }
        return text.format("ui.clients.saveFailed", String.valueOf(e.getMessage()));
    }
}
