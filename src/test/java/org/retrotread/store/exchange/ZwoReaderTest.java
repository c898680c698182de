package org.retrotread.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.PlanFileProblem;

class ZwoReaderTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @TempDir
    Path dir;

    @Test
    void aRunGivenInMetresASecondBecomesBlocksInKilometresAnHour() throws Exception {
        ImportedPlan plan = ZwoReader.read(write("""
                <workout_file>
                    <author>Coach</author>
                    <name>Hill walk</name>
                    <sportType>run</sportType>
                    <workout>
                        <SteadyState Duration="300" Speed="1.25" Incline="0.02"/>
                        <SteadyState Duration="240" Speed="1.5" Incline="3.5" Cadence="160"/>
                        <IntervalsT Repeat="5" OnDuration="60" OffDuration="90" OnSpeed="1.4" OffSpeed="0.9" Incline="0.01"/>
                        <Ramp Duration="120" SpeedLow="0.5" SpeedHigh="1"/>
                        <FreeRide Duration="600"/>
                        <Cooldown Duration="180" Speed="0.75"/>
                    </workout>
                </workout_file>"""), Optional.empty());
        assertThat(plan.name()).isEqualTo("Hill walk");
        assertThat(plan.blocks()).containsExactly(
                new SteadyBlock(Duration.ofMinutes(5), Target.kmh(4.5), Grade.ofPercent(2)),
                new SteadyBlock(Duration.ofMinutes(4), Target.kmh(5.4), Grade.ofPercent(3.5)),
                new IntervalBlock(5, Duration.ofSeconds(60), Target.kmh(5.0), Duration.ofSeconds(90),
                        new Recovery.Backward(Target.kmh(3.2)), Grade.ofPercent(1)),
                new RampBlock(Target.kmh(1.8), Target.kmh(3.6), Target.kmh(1), Duration.ofSeconds(40), Grade.LEVEL, Grade.LEVEL,
                        Bounds.USUAL_GRADE_STEP),
                new CooldownBlock(Duration.ofMinutes(3), Target.kmh(2.7), Grade.LEVEL));
        String notes = plan.notes().stream().map(EN::format).collect(Collectors.joining("\n"));
        assertThat(notes).contains("Line 7, step 2: cadence and resistance (Cadence=160) are not carried over.")
                .contains("Line 10, step 5: the step FreeRide is not something a treadmill session can follow")
                .contains("Speeds were rounded to 0.1 km/h");
    }

    @Test
    void aWorkoutOfPaceSharesAsksForTheReferencePaceFirst() throws Exception {
        Path file = write("""
                <workout_file><name>Tempo</name><sportType>run</sportType><workout>
                  <Warmup Duration="300" PowerLow="0.5" PowerHigh="0.7" pace="1"/>
                  <SteadyState Duration="600" Power="0.8" pace="1"><textevent timeoffset="10" message="relax"/></SteadyState>
                  <Ramp Duration="120" PowerLow="0.6" PowerHigh="0.6"/>
                  <Cooldown Duration="300" PowerLow="0.6" PowerHigh="0.4"/>
                </workout></workout_file>""");
        assertThatThrownBy(() -> ZwoReader.read(file, Optional.empty())).isInstanceOfSatisfying(ReferencePaceNeeded.class,
                n -> assertThat(n.pace()).isEqualTo(1));
        ImportedPlan plan = ZwoReader.read(file, Optional.of(Speed.ofKmh(10)));
        RampBlock warmup = (RampBlock) plan.blocks().get(0);
        assertThat(warmup.from()).isEqualTo(Target.kmh(5.0));
        assertThat(warmup.to()).isEqualTo(Target.kmh(7.0));
        assertThat(warmup.plannedDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(plan.blocks().get(1)).isEqualTo(new SteadyBlock(Duration.ofMinutes(10), Target.kmh(8.0), Grade.LEVEL));
        assertThat(plan.blocks().get(2)).isEqualTo(new SteadyBlock(Duration.ofMinutes(2), Target.kmh(6.0), Grade.LEVEL));
        RampBlock cooldown = (RampBlock) plan.blocks().get(3);
        assertThat(cooldown.from()).isEqualTo(Target.kmh(6.0));
        assertThat(cooldown.to()).isEqualTo(Target.kmh(4.0));
        String notes = plan.notes().stream().map(EN::format).collect(Collectors.joining("\n"));
        assertThat(notes).contains("not shown by Retrotread: 1 left out").contains("became");
    }

    @Test
    void aBikeWorkoutOrADistanceOneIsRefusedWithTheReason() throws Exception {
        assertRefused("<workout_file><name>FTP</name><workout><SteadyState Duration=\"60\" Power=\"0.9\"/></workout></workout_file>",
                "is a workout for \u201cbike\u201d, not a run");
        assertRefused("<workout_file><sportType>bike</sportType><workout/></workout_file>", "\u201cbike\u201d, not a run");
        assertRefused("<workout_file><sportType>run</sportType><durationType>distance</durationType><workout>"
                + "<SteadyState Duration=\"1000\" Speed=\"3\"/></workout></workout_file>", "measures its steps in distance");
        assertRefused("<workout_file><sportType>run</sportType><workout>\n<SteadyState Duration=\"abc\" Speed=\"1\"/>"
                + "</workout></workout_file>", "Line 2, step 1: Duration is \u201cabc\u201d, which is not a number");
        assertRefused("<workout_file><sportType>run</sportType><workout>\n<SteadyState Speed=\"1\"/>"
                + "</workout></workout_file>", "Line 2, step 1: Duration is missing");
        assertRefused("<workout_file><sportType>run</sportType><workout>\n<SteadyState Duration=\"60\" Speed=\"12\"/>"
                + "</workout></workout_file>", "Line 2, step 1:");
        assertRefused("<workout_file><sportType>run</sportType><workout><FreeRide Duration=\"60\"/></workout></workout_file>",
                "Nothing in this file");
        assertRefused("<rows/>", "is not a Zwift workout");
    }

    private void assertRefused(String content, String expected) throws Exception {
        Path file = write(content);
        assertThatThrownBy(() -> ZwoReader.read(file, Optional.of(Speed.ofKmh(10)))).as(content)
                .isInstanceOfSatisfying(PlanFileProblem.class, p -> assertThat(EN.format(p.reason())).contains(expected));
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("workout.zwo");
        Files.writeString(file, content);
        return file;
    }
}
