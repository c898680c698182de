package org.retrotread.report.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.DeveloperField;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import com.garmin.fit.plugins.ActivityFileValidationPlugin;
import com.garmin.fit.plugins.ActivityFileValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.report.SheetFixturesAccess;
import org.retrotread.report.SheetInput;
import org.retrotread.session.summary.SessionSummary;

/**
 * FIT files written from sessions run through the real engine, decoded with Garmin's own {@link FitDecoder} and
 * checked by its {@link ActivityFileValidationPlugin}: no check fails, and laps and records reach the session's active
 * time and distance.
 */
class SessionFitTest {

    static List<SheetInput> sessions() {
        return List.of(SheetFixturesAccess.knee(), SheetFixturesAccess.uphill(), SheetFixturesAccess.deadMill(),
                SheetFixturesAccess.unfinished());
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void everyExportPassesGarminsActivityChecksAndSumsToTheSession(SheetInput session) {
        byte[] fit = SessionFit.write(session, "0.1.0", i -> "block " + (i + 1));
        ActivityFileValidationPlugin validation = new ActivityFileValidationPlugin();
        FitMessages messages = new FitDecoder().decode(new ByteArrayInputStream(fit), validation);
        List<ActivityFileValidationResult> failed = validation.getResults().stream()
                .filter(r -> r.getStatus() == ActivityFileValidationResult.Status.FAILED).toList();
        assertThat(failed).as("%s", validation.getResults()).isEmpty();
        assertThat(validation.getResults()).filteredOn(r -> r.getStatus() == ActivityFileValidationResult.Status.PASSED)
                .hasSizeGreaterThan(20); // the checks ran: file id, laps and sessions abutting, sums, record times...

        SessionSummary summary = session.summary();
        double active = summary.activeTime().toNanos() / 1e9;
        double walked = summary.backwardDistance().metres() + summary.forwardDistance().metres();
        List<LapMesg> laps = messages.getLapMesgs();
        assertThat(laps.stream().mapToDouble(LapMesg::getTotalTimerTime).sum()).isCloseTo(active, Offset.offset(0.01));
        assertThat(laps.stream().mapToDouble(LapMesg::getTotalDistance).sum()).isCloseTo(walked, Offset.offset(0.05));
        List<RecordMesg> records = messages.getRecordMesgs();
        assertThat(records).hasSizeBetween((int) Math.floor(active), (int) Math.ceil(active));
        assertThat((double) records.get(records.size() - 1).getDistance()).isCloseTo(walked, Offset.offset(0.05));
        SessionMesg s = messages.getSessionMesgs().get(0);
        assertThat(s.getSport()).isEqualTo(Sport.WALKING);
        assertThat(s.getSubSport()).isEqualTo(SubSport.INDOOR_WALKING); // never virtual
        assertThat((double) s.getTotalTimerTime()).isCloseTo(active, Offset.offset(0.01));
        if (summary.sessionRpe().isPresent()) {
            assertThat(s.getWorkoutRpe()).isEqualTo((short) (summary.sessionRpe().getAsInt() * 10));
        }
        // Retrotread's developer fields, as the SDK decodes them: backward and the rails on records, the block on laps.
        assertThat(fieldNames(records.get(0))).contains("backward", "hands_on_rails");
        assertThat(fieldNames(laps.get(0))).contains("block");
        assertThat(value(laps.get(1), "block")).isEqualTo("block 2");
        assertThat(value(records.get(0), "hands_on_rails")).isEqualTo("1"); // every fixture starts on the rails
    }

    private static List<String> fieldNames(Mesg mesg) {
        List<String> names = new ArrayList<>();
        mesg.getDeveloperFields().forEach(f -> names.add(f.getName()));
        return names;
    }

    private static String value(Mesg mesg, String name) {
        for (DeveloperField f : mesg.getDeveloperFields()) {
            if (name.equals(f.getName())) {
                return f.getStringValue();
            }
        }
        throw new AssertionError("no developer field " + name);
    }

    /** The committed sample (docs/samples/session.fit, made by docs/samples/make.sh) passes the same checks. */
    @Test
    void theCommittedSamplePassesGarminsChecks() throws IOException {
        ActivityFileValidationPlugin validation = new ActivityFileValidationPlugin();
        FitMessages messages = new FitDecoder().decode(new ByteArrayInputStream(Files.readAllBytes(Path.of("docs/samples/session.fit"))),
                validation);
        assertThat(validation.getResults()).noneMatch(r -> r.getStatus() == ActivityFileValidationResult.Status.FAILED);
        assertThat(messages.getRecordMesgs()).isNotEmpty();
    }
}
