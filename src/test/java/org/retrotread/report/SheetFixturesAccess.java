package org.retrotread.report;

import java.util.List;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.store.SessionRecord;

/** The sheet fixtures for code outside this package (the benchmark). */
public final class SheetFixturesAccess {

    private SheetFixturesAccess() {
    }

    public static Messages english() {
        return SheetFixtures.ENGLISH;
    }

    public static SheetInput knee() {
        return SheetFixtures.knee("Łukasz Żółć", "Steady on the ramp.");
    }

    /** The Cipriani grades with a heart rate above the ceiling (see {@link SheetFixtures#uphill}). */
    public static SheetInput uphill() {
        return SheetFixtures.uphill();
    }

    public static SheetInput twoHours() {
        return SheetFixtures.twoHours();
    }

    public static SheetInput deadMill() {
        return SheetFixtures.deadMill();
    }

    /** A session that never ended (the computer died mid-session; recovery kept what was journalled): half the knee one. */
    public static SheetInput unfinished() {
        SheetInput knee = knee();
        SessionRecord r = knee.record();
        SessionRecord cut = new SessionRecord(r.id(), r.uuid(), r.clientId(), r.planVersionId(), r.mode(), r.operator(), r.context(),
                r.openedAt(), r.lastSeen(), r.lastSeenAt(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                r.planRun(), r.progression());
        List<SessionEvent> half = knee.events().stream().filter(e -> !(e instanceof SessionEnded)).limit(knee.events().size() / 2)
                .toList();
        return new SheetInput(cut, knee.plan(), knee.planVersion(), knee.client(), half, List.of(), knee.integrity());
    }

    public static SheetInput fortyBlocks() {
        return SheetFixtures.fortyBlocks("Walked well. ".repeat(231));
    }
}
