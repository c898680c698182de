package org.retrotread.session.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;

/**
 * The session time of each event: the same clock as the console's "Elapsed", which counts only while
 * the session runs. An event's own {@code at} counts from when the console opened, so it includes the
 * wait before the start and every pause; a person reading "check-in at 2:03" means session time.
 */
public final class ActiveTimes {

    private ActiveTimes() {
    }

    /** One duration per event, in the events' order; events before the start are at zero. */
    public static List<Duration> of(List<? extends SessionEvent> events) {
        List<Duration> times = new ArrayList<>(events.size());
        Duration before = Duration.ZERO;
        Duration runningSince = null;
        for (SessionEvent event : events) {
            Duration now = runningSince == null ? before : before.plus(event.at().minus(runningSince));
            times.add(now);
            if (event instanceof SessionStarted || event instanceof Resumed) {
                runningSince = event.at();
                before = now;
            } else if (runningSince != null && (event instanceof Paused || event instanceof EmergencyStopped
                    || event instanceof SessionEnded)) {
                before = now;
                runningSince = null;
            }
        }
        return times;
    }
}
