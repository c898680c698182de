package org.retrotread.bench;

import org.retrotread.i18n.Messages;
import org.retrotread.report.SheetFixturesAccess;
import org.retrotread.report.SheetInput;

/** The sessions the sheet benchmark lays out: the same ones the PDF tests read back. */
final class BenchSessions {

    static final Messages ENGLISH = SheetFixturesAccess.english();

    private BenchSessions() {
    }

    static SheetInput knee() {
        return SheetFixturesAccess.knee();
    }

    static SheetInput long40() {
        return SheetFixturesAccess.fortyBlocks();
    }
}
