package org.retrotread.bench;

import org.retrotread.report.SheetInput;

/** The sessions the sheet benchmark lays out: the same ones the PDF tests read back. */
final class BenchSessions {

    static final org.retrotread.i18n.Messages ENGLISH = org.retrotread.report.SheetFixturesAccess.english();

    private BenchSessions() {
    }

    static SheetInput knee() {
        return org.retrotread.report.SheetFixturesAccess.knee();
    }

    static SheetInput long40() {
        return org.retrotread.report.SheetFixturesAccess.fortyBlocks();
    }
}
