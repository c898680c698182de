package org.retrotread.ui.plans;

/**
 * Unsaved edits in the plan editor are given up only when the person makes the same move twice (another plan, a
 * new one, an import): the first time only warns. A warning holds for the edits it was given over, so it is
 * forgotten when the editor changes or is saved.
 */
final class UnsavedGuard {

    private Object asked;

    /** True when {@code attempt} may go ahead; else {@code warn} runs and the same attempt next time will. */
    boolean allows(Object attempt, boolean unsaved, Runnable warn) {
        if (!unsaved || attempt.equals(asked)) {
            asked = null;
            return true;
        }
        asked = attempt;
        warn.run();
        return false;
    }

    void forget() {
        asked = null;
    }
}
