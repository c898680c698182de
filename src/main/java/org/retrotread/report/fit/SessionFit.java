package org.retrotread.report.fit;

import com.garmin.fit.Activity;
import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.DeviceIndex;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.LapMesg;
import com.garmin.fit.LapTrigger;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionTrigger;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntFunction;
import org.retrotread.report.SheetInput;
import org.retrotread.session.SessionState;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.summary.ActiveSeconds;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;

/**
 * A finished session as a FIT activity file, with Garmin's own SDK: file id, the device (Retrotread and its
 * version), timer start and stop events for every pause and emergency stop, a record each second of active time,
 * one lap per block walked, the session (walking / indoor walking; running / treadmill for a backward run; the last
 * effort rating as its RPE) and the activity, with Retrotread's developer fields for what FIT has no field for
 * ({@link RetrotreadFields}). Never a virtual activity. Written from the session as its corrections make it
 * (decision 23).
 */
public final class SessionFit {


    private SessionFit() {
    }

    /**
     * @param version    this Retrotread's version ("0.1.0"), in the device info
     * @param blockNames each block's name as a lap says it ("Ramp"), by block index
     */
    public static byte[] write(SheetInput in, String version, IntFunction<String> blockNames) {
        Corrected corrected = in.corrected();
        List<SessionEvent> events = corrected.events();
        SessionSummary summary = corrected.summary();
        SessionState end = SessionState.replay(in.plan(), events);
        List<ActiveSeconds.Second> seconds = ActiveSeconds.of(in.plan(), events);
        Instant start = end.wallClockStart().orElse(in.record().openedAt());
        boolean run = summary.backwardRun();
        List<Mesg> out = new ArrayList<>();
        RetrotreadFields fields = new RetrotreadFields();
        out.add(fileId(start));
        out.addAll(fields.declarations());
        out.add(device(start, version));
        out.add(timer(start, EventType.START));
        for (SessionEvent e : events) { // the timer stops with the belt and starts again with it
            if (e instanceof Paused || e instanceof EmergencyStopped) {
                out.add(timer(end.wallClockAt(e.at()).orElseThrow(), EventType.STOP));
            } else if (e instanceof Resumed) {
                out.add(timer(end.wallClockAt(e.at()).orElseThrow(), EventType.START));
            }
        }
        for (ActiveSeconds.Second s : seconds) {
            RecordMesg record = record(s, end);
            fields.record(record, s.movement() == Movement.BACKWARD, s.onRails());
            out.add(record);
        }
        List<LapMesg> laps = new ArrayList<>();
        Instant lapStart = start;
        ActiveSeconds.Second before = null;
        for (List<ActiveSeconds.Second> lap : ActiveSeconds.byBlock(seconds)) {
            ActiveSeconds.Second last = lap.get(lap.size() - 1);
            Instant lapEnd = end.wallClockAt(last.at()).orElseThrow();
            Duration timer = last.active().minus(before == null ? Duration.ZERO : before.active());
            double metres = last.metres() - (before == null ? 0 : before.metres());
            LapMesg made = lap(laps.size(), lapStart, lapEnd, timer, metres, run);
            fields.lap(made, blockNames.apply(last.blockIndex()));
            laps.add(made);
            lapStart = lapEnd;
            before = last;
        }
        out.add(timer(lapStart, EventType.STOP_ALL));
        out.addAll(laps);
        Duration active = summary.activeTime();
        out.add(session(start, lapStart, active, before == null ? 0 : before.metres(), laps.size(), run, summary));
        out.add(activity(lapStart, active));
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        encoder.write(out);
        return encoder.close();
    }

    private static FileIdMesg fileId(Instant start) {
        FileIdMesg m = new FileIdMesg();
        m.setType(File.ACTIVITY); // Garmin's File, not java.io's
        m.setManufacturer(Manufacturer.DEVELOPMENT);
        m.setProduct(0);
        m.setTimeCreated(new DateTime(start));
        m.setSerialNumber(0L);
        return m;
    }

    private static DeviceInfoMesg device(Instant start, String version) {
        DeviceInfoMesg m = new DeviceInfoMesg();
        m.setTimestamp(new DateTime(start));
        m.setDeviceIndex(DeviceIndex.CREATOR);
        m.setManufacturer(Manufacturer.DEVELOPMENT);
        m.setProduct(0);
        m.setProductName("Retrotread");
        m.setSoftwareVersion(softwareVersion(version));
        return m;
    }

    private static EventMesg timer(Instant at, EventType type) {
        EventMesg m = new EventMesg();
        m.setTimestamp(new DateTime(at));
        m.setEvent(Event.TIMER);
        m.setEventType(type);
        return m;
    }

    private static RecordMesg record(ActiveSeconds.Second s, SessionState end) {
        RecordMesg m = new RecordMesg();
        m.setTimestamp(new DateTime(end.wallClockAt(s.at()).orElseThrow()));
        m.setDistance((float) s.metres());
        s.speed().ifPresent(v -> m.setEnhancedSpeed((float) v.metresPerSecond()));
        m.setGrade((float) s.grade().percent());
        s.heartRate().ifPresent(h -> m.setHeartRate((short) h.beatsPerMinute()));
        return m;
    }

    private static LapMesg lap(int index, Instant from, Instant to, Duration timer, double metres, boolean run) {
        LapMesg m = new LapMesg();
        m.setMessageIndex(index);
        m.setTimestamp(new DateTime(to));
        m.setStartTime(new DateTime(from));
        m.setTotalElapsedTime((float) (Duration.between(from, to).toNanos() / 1e9));
        m.setTotalTimerTime((float) (timer.toNanos() / 1e9));
        m.setTotalDistance((float) metres);
        m.setEvent(Event.LAP);
        m.setEventType(EventType.STOP);
        m.setLapTrigger(LapTrigger.MANUAL);
        m.setSport(run ? Sport.RUNNING : Sport.WALKING);
        m.setSubSport(run ? SubSport.TREADMILL : SubSport.INDOOR_WALKING);
        return m;
    }

    private static SessionMesg session(Instant from, Instant to, Duration active, double metres, int laps, boolean run,
                                       SessionSummary summary) {
        SessionMesg m = new SessionMesg();
        m.setMessageIndex(0);
        m.setTimestamp(new DateTime(to));
        m.setStartTime(new DateTime(from));
        m.setTotalElapsedTime((float) (Duration.between(from, to).toNanos() / 1e9));
        m.setTotalTimerTime((float) (active.toNanos() / 1e9));
        m.setTotalDistance((float) metres);
        m.setFirstLapIndex(0);
        m.setNumLaps(laps);
        m.setEvent(Event.SESSION);
        m.setEventType(EventType.STOP);
        m.setTrigger(SessionTrigger.ACTIVITY_END);
        m.setSport(run ? Sport.RUNNING : Sport.WALKING);
        m.setSubSport(run ? SubSport.TREADMILL : SubSport.INDOOR_WALKING);
        if (summary.energy() instanceof EnergyEstimate.Estimated e) {
            m.setTotalCalories(Math.round((float) e.energy().kilocalories()));
        }
        if (summary.sessionRpe().isPresent()) { // the last effort rating after the start, as the session's RPE
            // Garmin's watches write RPE 8 as 80 (GoldenCheetah issue 4124 decoded field 193 as RPE x 10).
            m.setWorkoutRpe((short) (summary.sessionRpe().getAsInt() * 10));
        }
        return m;
    }

    private static ActivityMesg activity(Instant at, Duration active) {
        ActivityMesg m = new ActivityMesg();
        m.setTimestamp(new DateTime(at));
        m.setNumSessions(1);
        m.setType(Activity.MANUAL);
        m.setEvent(Event.ACTIVITY);
        m.setEventType(EventType.STOP);
        m.setTotalTimerTime((float) (active.toNanos() / 1e9));
        m.setLocalTimestamp(new DateTime(at).getTimestamp() + TimeZone.getDefault().getOffset(at.toEpochMilli()) / 1000);
        return m;
    }

    /** "0.1.0" as FIT's software version, a number with two decimals: 0.10 (major.minor). */
    private static float softwareVersion(String version) {
        String[] parts = (version + ".0").split("\\.");
        try {
            return Integer.parseInt(parts[0]) + Math.min(99, Integer.parseInt(parts[1])) / 100f;
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }
}
