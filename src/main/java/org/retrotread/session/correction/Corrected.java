package org.retrotread.session.correction;

import java.util.List;
import java.util.Set;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SessionSummary;

/**
 * A finished session as its corrections make it: the events with the corrected values in place (same numbers,
 * same times), the summary worked out from them, which figures differ from the record, and which events.
 *
 * @param changedEvents the numbers of the events whose values a correction changed
 */
public record Corrected(List<SessionEvent> events, SessionSummary summary, Set<Figure> changed, Set<Long> changedEvents) {

    public Corrected {
        events = List.copyOf(events);
        changed = Set.copyOf(changed);
        changedEvents = Set.copyOf(changedEvents);
    }

    public boolean isCorrected(Figure figure) {
        return changed.contains(figure);
    }
}
