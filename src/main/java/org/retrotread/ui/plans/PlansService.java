package org.retrotread.ui.plans;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.exchange.ImportedPlan;
import org.retrotread.store.exchange.QzWords;

/**
 * What the plan library needs from the database and the disk. Every call answers later, on the
 * screen's thread, so the screen never waits for a disk; {@code failed} gets a sentence for the person.
 */
public interface PlansService {

    /** The clients a plan can be kept for, then (in that order, so owners can be named) the library. */
    void load(Consumer<List<Client>> clients, Consumer<List<SavedPlan>> plans);

    void save(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression,
              Consumer<SavedPlan> done, Consumer<String> failed);

    void archive(long planId, Runnable done, Consumer<String> failed);

    /** Reads a plan file whole: the plan only if all of it is good, else every problem found, in a sentence. */
    void readFile(Path file, Consumer<Plan> done, Consumer<String> failed);

    void exportFile(Path file, Plan plan, Runnable done, Consumer<String> failed);

    /**
     * Reads another tool's workout whole, for the editor. {@code needsPace} instead when a Zwift run gives its
     * speeds only as shares of a pace not yet given (with Zwift's pace number, or -1); nothing is kept.
     */
    void readOtherFile(Path file, PlanFormat format, Optional<Speed> referencePace, Consumer<ImportedPlan> done,
                       IntConsumer needsPace, Consumer<String> failed);

    /** Writes the plan as a QZ training programme (whole or not at all, owner-only). */
    void exportQz(Path file, Plan plan, QzWords words, Runnable done, Consumer<String> failed);
}
