package org.retrotread.app;

import org.retrotread.i18n.Messages;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.StoreProblem;

/** A failure as a sentence for the person: a store problem in its own words, anything else by its message. */
final class Problems {

    private Problems() {
    }

    static String text(Messages text, Exception e) {
        if (e instanceof ServerProblem p) {
            return text.format(p.message());
        }
        return e instanceof StoreProblem p ? text.format(p.message()) : String.valueOf(e.getMessage());
    }
}
