package org.retrotread.session.plan;

import org.retrotread.session.text.Message;

/**
 * One thing wrong with a plan, tied to the field a person has to change.
 *
 * @param blockIndex the block (0-based), or -1 for a field of the plan itself
 * @param field      the field's name, e.g. {@code stepDuration}; screens look up its label
 * @param message    what is wrong
 */
public record FieldProblem(int blockIndex, String field, Message message) {

    public static final int PLAN_LEVEL = -1;

    /** The same problem, placed in block {@code index} (a block does not know its place in a plan). */
    public FieldProblem inBlock(int index) {
        return new FieldProblem(index, field, message);
    }
}
