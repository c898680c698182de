package org.retrotread.ui.plans;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.PlanFileProblem;
import org.retrotread.store.PlanFiles;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.Store;
import org.retrotread.store.exchange.ImportedPlan;
import org.retrotread.store.exchange.QzReader;
import org.retrotread.store.exchange.QzWords;
import org.retrotread.store.exchange.QzWriter;
import org.retrotread.store.exchange.ReferencePaceNeeded;
import org.retrotread.store.exchange.ZwoReader;

/** The library's service on a real SQLite store and real files, answering at once (no background thread). */
final class StoreBackedPlans implements PlansService {

    private final Store store;

    StoreBackedPlans(Store store) {
        this.store = store;
    }

    public void load(Consumer<List<Client>> clients, Consumer<List<SavedPlan>> plans) {
        clients.accept(unchecked(() -> store.clients().list(false)));
        plans.accept(unchecked(() -> store.plans().library()));
    }

    public void save(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression,
                     Consumer<SavedPlan> done, Consumer<String> failed) {
        done.accept(unchecked(() -> store.plans().save(planId, plan, clientId, progression)));
    }

    public void archive(long planId, Runnable done, Consumer<String> failed) {
        unchecked(() -> {
            store.plans().archive(planId);
            return true;
        });
        done.run();
    }

    public void readFile(Path file, Consumer<Plan> done, Consumer<String> failed) {
        done.accept(unchecked(() -> PlanFiles.read(file)));
    }

    public void exportFile(Path file, Plan plan, Runnable done, Consumer<String> failed) {
        unchecked(() -> {
            PlanFiles.write(file, plan);
            return true;
        });
        done.run();
    }

    public void readOtherFile(Path file, PlanFormat format, Optional<Speed> referencePace, Consumer<ImportedPlan> done,
                              IntConsumer needsPace, Consumer<String> failed) {
        try {
            done.accept(format == PlanFormat.ZWIFT ? ZwoReader.read(file, referencePace) : QzReader.read(file));
        } catch (ReferencePaceNeeded n) {
            needsPace.accept(n.pace());
        } catch (PlanFileProblem p) {
            failed.accept(p.reason().key());
        }
    }

    public void exportQz(Path file, Plan plan, QzWords words, Runnable done, Consumer<String> failed) {
        unchecked(() -> {
            QzWriter.write(file, plan, words);
            return true;
        });
        done.run();
    }

    static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
