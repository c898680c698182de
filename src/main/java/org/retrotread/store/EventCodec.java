package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HandsOnRails;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * Every session event to and from its row. A new event type must be added in both directions here.
 * A grade is kept as whole tenths of a percent in {@code n1}, a heart rate as beats per minute.
 */
public final class EventCodec {

    private EventCodec() {
    }

    public static EventRow toRow(SessionEvent e) {
        long seq = e.seq();
        long at = e.at().toNanos();
        String type = e.getClass().getSimpleName();
        if (e instanceof SessionStarted s) {
            // The rails answer in n1 (1 holding, 0 not); rows written before it was asked have none.
            Long holding = s.walkerHoldingRails().map(h -> h ? 1L : 0L).orElse(null);
            return new EventRow(seq, at, type, null, holding, null, null, null, s.wallClock().toString());
        }
        if (e instanceof SegmentEntered s) {
            return new EventRow(seq, at, type, null, (long) s.segmentIndex(), null, null, null, null);
        }
        if (e instanceof BlockSkipped s) {
            return new EventRow(seq, at, type, null, (long) s.blockIndex(), null, null, null, s.reason());
        }
        if (e instanceof SpeedPrompted s) {
            return new EventRow(seq, at, type, s.speed().metresPerSecond(), null, null, s.capped() ? 1 : 0, null, null);
        }
        if (e instanceof SpeedSet s) {
            return new EventRow(seq, at, type, s.speed().metresPerSecond(), null, null, null, s.source().name(), null);
        }
        if (e instanceof SessionEnded s) {
            return new EventRow(seq, at, type, null, null, null, null, s.ending().name(), s.reason());
        }
        if (e instanceof CheckInRecorded c) {
            return new EventRow(seq, at, type, null, boxed(c.rpe()), boxed(c.pain()), null, null, null);
        }
        if (e instanceof NoteAdded n) {
            return new EventRow(seq, at, type, null, null, null, null, null, n.text());
        }
        if (e instanceof HandsReleased h) {
            return new EventRow(seq, at, type, null, null, null, null, null, h.early() ? h.earlyReason() : null);
        }
        if (e instanceof GradePrompted g) {
            return new EventRow(seq, at, type, null, (long) g.grade().tenthsOfPercent(), null, g.capped() ? 1 : 0, null, null);
        }
        if (e instanceof GradeSet g) {
            return new EventRow(seq, at, type, null, (long) g.grade().tenthsOfPercent(), null, null, g.source().name(), null);
        }
        if (e instanceof HeartRateRecorded h) {
            Long ceiling = h.ceiling().map(c -> (long) c.beatsPerMinute()).orElse(null);
            return new EventRow(seq, at, type, null, (long) h.heartRate().beatsPerMinute(), ceiling, null, h.source().name(), null);
        }
        if (e instanceof HeartRateAnswered h) {
            return new EventRow(seq, at, type, null, null, null, null, h.response().name(), h.note());
        }
        // HandsOnRails, Paused, Resumed, EmergencyStopped: the type says it all.
        return new EventRow(seq, at, type, null, null, null, null, null, null);
    }

    public static SessionEvent fromRow(EventRow r) {
        long seq = r.seq();
        Duration at = Duration.ofNanos(r.atNanos());
        return switch (r.type()) {
            case "SessionStarted" -> new SessionStarted(seq, at, Instant.parse(r.text()),
                    r.n1() == null ? Optional.empty() : Optional.of(r.n1() == 1L));
            case "SegmentEntered" -> new SegmentEntered(seq, at, r.n1().intValue());
            case "BlockSkipped" -> new BlockSkipped(seq, at, r.n1().intValue(), r.text());
            case "SpeedPrompted" -> new SpeedPrompted(seq, at, new Speed(r.speedMps()), r.flag() == 1);
            case "SpeedSet" -> new SpeedSet(seq, at, new Speed(r.speedMps()), SpeedSet.Source.valueOf(r.label()));
            case "HandsReleased" -> new HandsReleased(seq, at, r.text() == null ? "" : r.text());
            case "HandsOnRails" -> new HandsOnRails(seq, at);
            case "Paused" -> new Paused(seq, at);
            case "Resumed" -> new Resumed(seq, at);
            case "EmergencyStopped" -> new EmergencyStopped(seq, at);
            case "SessionEnded" -> new SessionEnded(seq, at, SessionEnded.Ending.valueOf(r.label()), r.text());
            case "CheckInRecorded" -> new CheckInRecorded(seq, at, unboxed(r.n1()), unboxed(r.n2()));
            case "NoteAdded" -> new NoteAdded(seq, at, r.text());
            case "GradePrompted" -> new GradePrompted(seq, at, new Grade(r.n1().intValue()), r.flag() == 1);
            case "GradeSet" -> new GradeSet(seq, at, new Grade(r.n1().intValue()), GradeSet.Source.valueOf(r.label()));
            case "HeartRateRecorded" -> new HeartRateRecorded(seq, at, new HeartRate(r.n1().intValue()),
                    HeartRateRecorded.Source.valueOf(r.label()),
                    r.n2() == null ? Optional.empty() : Optional.of(new HeartRate(r.n2().intValue())));
            case "HeartRateAnswered" -> new HeartRateAnswered(seq, at, HeartRateAnswered.Response.valueOf(r.label()),
                    r.text() == null ? "" : r.text());
            default -> throw new IllegalArgumentException("unknown event type " + r.type() + " at seq " + seq);
        };
    }

    private static Long boxed(OptionalInt value) {
        return value.isPresent() ? (long) value.getAsInt() : null;
    }

    private static OptionalInt unboxed(Long value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
    }
}
