package org.retrotread.ui.console;

/** A typed answer that cannot be taken: which field of the question, and why, in the reader's language. */
public record AnswerProblem(int field, String message) {
}
