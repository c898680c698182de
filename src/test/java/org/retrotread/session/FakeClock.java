package org.retrotread.session;

import java.time.Duration;

/** A session clock that moves only when a test moves it. */
public final class FakeClock implements SessionClock {

    private Duration now = Duration.ZERO;

    @Override
    public Duration now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }
}
