package org.retrotread.store.exchange;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;
import org.retrotread.store.PlanFileProblem;

/**
 * Another tool's workout read into Retrotread's blocks, for the plan editor (nothing is saved until the
 * person saves it there).
 *
 * @param notes    what the file asked for that Retrotread cannot run, and what was changed to fit (rounded
 *                 grades, a ramp cut into steps), each naming its line and step: shown, never dropped silently
 * @param settings the plan's own settings, when the file is one Retrotread wrote; else the editor's defaults
 */
public record ImportedPlan(String name, List<Block> blocks, List<Message> notes, Optional<Settings> settings) {

    /** What a plan holds beyond its blocks. */
    public record Settings(PlanLimits limits, int sessionsPerWeek, boolean railsLevel) {
    }

    public ImportedPlan {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** Its own settings, or those of a new plan on a treadmill whose top speed is {@code treadmillMax}. */
    public Settings settingsOr(Speed treadmillMax) {
        return settings.orElse(new Settings(new PlanLimits(treadmillMax, PlanLimits.DEFAULT.maxStep()),
                Plan.DEFAULT_SESSIONS_PER_WEEK, true));
    }

    /**
     * The plan read, or a refusal when nothing in it can be run or it makes more blocks than a plan holds;
     * the name is the file's (or {@code fallback}), cut to a plan name's length.
     */
    static ImportedPlan checked(String name, String fallback, List<Block> blocks, List<Message> notes,
                                Optional<Settings> settings) throws PlanFileProblem {
        if (blocks.isEmpty()) {
            throw new PlanFileProblem(Message.of("planFile.xml.nothingToRun"), notes, List.of());
        }
        if (blocks.size() > Bounds.MOST_BLOCKS) {
            throw new PlanFileProblem(Message.of("planFile.xml.tooManyBlocks", blocks.size(), Bounds.MOST_BLOCKS));
        }
        String stripped = name.strip().isEmpty() ? fallback : name.strip();
        return new ImportedPlan(stripped.length() > Bounds.LONGEST_NAME ? stripped.substring(0, Bounds.LONGEST_NAME) : stripped,
                blocks, notes, settings);
    }

    /** The blocks' own checks that failed, every one placed by {@code at} on the line and step it came from. */
    static PlanFileProblem refusal(UnaryOperator<Message> at, InvalidPlanException e) {
        List<Message> all = e.problems().stream().map(FieldProblem::message).map(at).toList();
        return new PlanFileProblem(all.get(0), all.subList(1, all.size()), List.of());
    }
}
