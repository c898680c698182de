package org.retrotread.store;

import java.util.List;
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

    PlanFileProblem(Message reason) {
        this(reason, List.of(), List.of());
    }

    PlanFileProblem(Message reason, List<FieldProblem> planProblems) {
        this(reason, List.of(), planProblems);
    }

    /** @param more every further thing wrong in the file, after the first: a refusal names them all */
    PlanFileProblem(Message reason, List<Message> more, List<FieldProblem> planProblems) {
        super(reason.key() + reason.args());
        this.reason = reason;
        this.more = List.copyOf(more);
        this.planProblems = List.copyOf(planProblems);
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
        List<Message> all = new java.util.ArrayList<>();
        all.add(reason);
        all.addAll(more);
        return all;
    }

    /** The plan's own checks that failed (empty when the file was wrong before a plan could be made). */
    public List<FieldProblem> planProblems() {
        return planProblems;
    }
}
