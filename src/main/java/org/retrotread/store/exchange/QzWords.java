package org.retrotread.store.exchange;

/**
 * The sentences a QZ programme carries for the person on the home treadmill, in the clinic's language
 * (the store knows no resource bundle: the screen that exports passes them in).
 *
 * @param comment  the file's opening comment: a backward-walking plan, the first block on the rails
 * @param onRails  shown by QZ when a handrail block starts
 * @param stand    shown when a recovery is spent standing on the side rails
 * @param forward  shown when a recovery is walked forward
 */
public record QzWords(String comment, String onRails, String stand, String forward) {
}
