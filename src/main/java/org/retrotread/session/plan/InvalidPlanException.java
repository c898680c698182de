package org.retrotread.session.plan;

import java.util.List;

/** Thrown when a block or plan is built from values that make no sense; lists every problem at once. */
public final class InvalidPlanException extends IllegalArgumentException {

    private final transient List<FieldProblem> problems;

    public InvalidPlanException(List<FieldProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem p : problems) {
            text.append(p.blockIndex() >= 0 ? "block " + (p.blockIndex() + 1) + " " : "")
                .append(p.field()).append(": ").append(p.message().key()).append(p.message().args()).append("; ");
        }
        return text.toString();
    }
}
