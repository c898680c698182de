package org.retrotread.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.text.Message;

/**
 * Why a plan file was refused: what is wrong and where (a field path such as {@code blocks[2].stepMs},
 * or the plan's own checks, field by field). Nothing of a refused file is imported.
 */
public final class PlanFileProblem extends Exception {

    private final transient Message reason;
    private final transient List<Message> more;
    private final transient List<FieldProblem> planProblems;

    public PlanFileProblem(Message reason) {
        this(reason, List.of(), List.of());
    }

    public PlanFileProblem(Message reason, List<FieldProblem> planProblems) {
        this(reason, List.of(), planProblems);
    }

    /** @param more every further thing wrong in the file, after the first: a refusal names them all */
    public PlanFileProblem(Message reason, List<Message> more, List<FieldProblem> planProblems) {
        super(reason.key() + reason.args());
        this.reason = reason;
        this.more = List.copyOf(more);
        this.planProblems = List.copyOf(planProblems);
    }

    /**
     * The same problem with each reason that names a field put on the line where that field is (or, when it
     * is missing, the line of the object that lacks it).
     */
    PlanFileProblem withLines(ToIntFunction<String> lineOf) {
        List<Message> placed = reasons().stream().map(m -> m.key().equals("planFile.atLine") || m.args().isEmpty()
                || !(m.args().get(0) instanceof String field) || field.contains("/") || field.contains("\\")
                ? m : Message.of("planFile.atLine", lineOf.applyAsInt(field), m)).toList();
        return new PlanFileProblem(placed.get(0), placed.subList(1, placed.size()), planProblems);
    }

    public Message reason() {
        return reason;
    }

    /** What else is wrong in the file's form, after {@link #reason()}. */
    public List<Message> more() {
        return more;
    }

    /** Every problem of the file's form, in the order found. */
    List<Message> reasons() {
        List<Message> all = new ArrayList<>();
        all.add(reason);
        all.addAll(more);
        return all;
    }

    /** The plan's own checks that failed (empty when the file was wrong before a plan could be made). */
    public List<FieldProblem> planProblems() {
        return planProblems;
    }
}
