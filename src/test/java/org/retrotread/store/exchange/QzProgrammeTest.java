package org.retrotread.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.report.SampleSheet;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.PlanFileProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QzProgrammeTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    static final QzWords WORDS = new QzWords("A BACKWARD walking plan -- the first block is on the rails.",
            "Hands on the rails", "Stand on the side rails", "Turn round and walk forward");

    @TempDir
    Path dir;

    /** Every kind of block, both releases, every recovery, a ramp of speed and one of grade, limits of its own. */
    static Plan everyKind() {
        List<Block> blocks = List.of(
                new HandrailBlock(Duration.ofMinutes(2), Target.kmh(2.0)),
                new RampBlock(Target.kmh(2.5), Target.kmh(4.0), Target.kmh(0.5), Duration.ofMinutes(1)),
                new RampBlock(Target.kmh(3.0), Target.kmh(3.5), Target.kmh(0.5), Duration.ofSeconds(90),
                        Grade.LEVEL, Grade.ofPercent(4), Grade.ofPercent(2)),
                new SteadyBlock(Duration.ofMinutes(5), Target.kmh(4.2), Grade.ofPercent(2.5)),
                new IntervalBlock(4, Duration.ofSeconds(45), Target.kmh(5.0), Duration.ofSeconds(75),
                        new Recovery.Backward(Target.kmh(3.0)), Grade.ofPercent(1)),
                new IntervalBlock(3, Duration.ofSeconds(30), Target.kmh(4.5), Duration.ofSeconds(60), new Recovery.Stand()),
                new IntervalBlock(2, Duration.ofMinutes(1), Target.kmh(4.0), Duration.ofMinutes(1),
                        new Recovery.ForwardWalk(Target.kmh(4.5))),
                new HandrailBlock(Duration.ofMinutes(1), Target.kmh(1.5), HandrailBlock.Release.STAY_ON_RAILS),
                new CooldownBlock(Duration.ofMinutes(3), Target.kmh(2.5)));
        return new Plan("Knee rehab \u2013 week 3 <home> & \"more\"", TreadmillMode.POWERED, blocks,
                new PlanLimits(Speed.ofKmh(7), Speed.ofKmh(0.8)), 4, false);
    }

    private Plan roundTrip(Plan plan) throws Exception {
        Path file = dir.resolve("plan.xml");
        QzWriter.write(file, plan, WORDS);
        ImportedPlan back = QzReader.read(file);
        assertThat(back.notes()).isEmpty();
        ImportedPlan.Settings s = back.settings().orElseThrow();
        return new Plan(back.name(), TreadmillMode.POWERED, back.blocks(), s.limits(), s.sessionsPerWeek(), s.railsLevel());
    }

    @Test
    void aPlanExportedToQzAndImportedBackIsTheSamePlan() throws Exception {
        assertThat(roundTrip(everyKind())).isEqualTo(everyKind());
        for (var starter : StarterPlans.all(EN::text)) {
            if (starter.plan().mode() == TreadmillMode.POWERED) {
                assertThat(roundTrip(starter.plan())).as(starter.id()).isEqualTo(starter.plan());
            }
        }
    }

    /** The committed sample (docs/samples/starter-plan.qz.xml, made by docs/samples/make.sh) reads back as its starter. */
    @Test
    void theCommittedSampleIsTheStarterItWasWrittenFrom() throws Exception {
        Path sample = Path.of("docs/samples/starter-plan.qz.xml");
        ImportedPlan back = QzReader.read(sample);
        Plan starter = SampleSheet.starterForQz();
        assertThat(back.blocks()).isEqualTo(starter.blocks());
        assertThat(back.name()).isEqualTo(starter.name());
        assertThat(back.notes()).isEmpty();
        assertThat(Files.readString(sample)).contains("a BACKWARD walking plan").contains("The first block is on the rails")
                .contains("speedfrom=\"1.5\" speedto=\"2.5\"");
    }

    @Test
    void theFileIsWhatQzReads() throws Exception {
        Path file = dir.resolve("plan.xml");
        QzWriter.write(file, everyKind(), WORDS);
        String text = Files.readString(file);
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("<!-- A BACKWARD walking plan - - the first block is on the rails. -->");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("rows");
        var rows = xml.getElementsByTagName("row");
        // handrail, speed ramp (one row), grade ramp (3 steps), steady, 3 x 2 interval rows, handrail, cooldown
        assertThat(rows.getLength()).isEqualTo(1 + 1 + 3 + 1 + 6 + 1 + 1);
        var first = (Element) rows.item(0);
        assertThat(first.getAttribute("duration")).isEqualTo("00:02:00");
        assertThat(first.getAttribute("speed")).isEqualTo("2");
        assertThat(first.getAttribute("forcespeed")).isEqualTo("1");
        assertThat(first.getAttribute("zonehr")).isEqualTo("0");
        assertThat(first.getElementsByTagName("textevent").getLength()).isEqualTo(1);
        var ramp = (Element) rows.item(1);
        assertThat(ramp.getAttribute("speedfrom")).isEqualTo("2.5");
        assertThat(ramp.getAttribute("speedto")).isEqualTo("4");
        assertThat(ramp.getAttribute("duration")).isEqualTo("00:04:00");
        var repeats = xml.getElementsByTagName("repeat");
        assertThat(((Element) repeats.item(0)).getAttribute("times")).isEqualTo("4");
        var stand = (Element) ((Element) repeats.item(1)).getElementsByTagName("row").item(1);
        assertThat(stand.hasAttribute("speed")).isFalse();
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void qzsOwnProgrammeBecomesBlocksAndWhatCannotRunIsListed() throws Exception {
        Path file = write("hr.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rows>
                    <row duration="00:05:00" speedfrom="3.0" speedto="5.0" forcespeed="1" zonehr="0"/>
                    <row duration="00:10:00" zonehr="2" looptimehr="10" minspeed="7.0" maxspeed="10.0"/>
                    <row duration="00:03:00" speed="4.5" inclination="1.25" forcespeed="1" fanspeed="40"/>
                    <row duration="00:02:00" distance="0.5" speed="5"/>
                    <repeat times="6">
                        <row duration="00:01:30" speed="6" inclination="2" forcespeed="1" zonehr="0">
                            <textevent timeoffset="5" message="keep your back straight"/>
                        </row>
                        <row duration="00:01:00" speed="3.5" inclination="2" forcespeed="1" zonehr="0"/>
                    </repeat>
                    <repeat times="2">
                        <row duration="00:00:40" speed="5"/>
                        <row duration="00:00:40" speed="4"/>
                        <row duration="00:00:40" speed="3"/>
                    </repeat>
                </rows>
                """);
        ImportedPlan plan = QzReader.read(file);
        assertThat(plan.name()).isEqualTo("hr");
        assertThat(plan.settings()).isEmpty();
        assertThat(plan.blocks()).hasSize(1 + 1 + 1 + 6);
        RampBlock ramp = (RampBlock) plan.blocks().get(0);
        assertThat(ramp.plannedDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ramp.stepDuration()).isGreaterThanOrEqualTo(SteppedRamp.SHORTEST_STEP);
        assertThat(ramp.stepTargets().get(ramp.stepTargets().size() - 1)).isEqualTo(Target.kmh(5.0));
        assertThat(((SteadyBlock) plan.blocks().get(1)).grade()).isEqualTo(Grade.ofPercent(1.3));
        IntervalBlock intervals = (IntervalBlock) plan.blocks().get(2);
        assertThat(intervals.repeats()).isEqualTo(6);
        assertThat(intervals.recovery()).isEqualTo(new Recovery.Backward(Target.kmh(3.5)));
        assertThat(intervals.grade()).isEqualTo(Grade.ofPercent(2));
        String notes = plan.notes().stream().map(EN::format).collect(Collectors.joining("\n"));
        assertThat(notes).contains("Line 3, step 1: the ramp from 3.0 km/h to 5.0 km/h over 5:00 became")
                .contains("Line 4, step 2: the row has no speed of its own").contains("zonehr=2, looptimehr=10, minspeed=7.0")
                .contains("Line 5, step 3: the grade 1.25 was rounded to 1.3").contains("fanspeed=40")
                .contains("Line 6, step 4: the row ends after 0.5 km").contains("not shown by Retrotread: 1 left out")
                .contains("Line 13: a repeat of 3 rows, 2 times, was written out as separate blocks.");
    }

    /** Files changed by hand after Retrotread wrote them, or odd but readable: read by their rows, nothing lost unsaid. */
    @Test
    void oddButReadableRowsAreReadByWhatTheySay() throws Exception {
        ImportedPlan plan = QzReader.read(write("odd.xml", """
                <rows xmlns:retrotread="urn:retrotread:qz:1">
                  <repeat times="1"></repeat>
                  <row duration="00:01:00" inclination="0" retrotread:block="recovery"/>
                  <repeat times="3" retrotread:block="intervals" retrotread:recovery="stand">
                    <row duration="00:00:30" speed="4" retrotread:block="work"/>
                    <row duration="00:00:30" speed="2" retrotread:block="recovery"/>
                  </repeat>
                  <row duration="00:02:00" speed="3" retrotread:block="ramp-step" retrotread:steps="3" retrotread:step="x"/>
                </rows>"""));
        String notes = plan.notes().stream().map(EN::format).collect(Collectors.joining("\n"));
        assertThat(notes).contains("Line 2: an empty repeat was left out.")
                .contains("Line 3, step 1: the row has no speed of its own")
                .contains("Line 4: a repeat of 2 rows, 3 times, was written out as separate blocks.");
        assertThat(plan.blocks()).hasSize(3 * 2 + 1).allMatch(b -> b instanceof SteadyBlock);
    }

    @Test
    void aBadFileIsRefusedWholeWithItsLineAndStep() throws Exception {
        assertRefused("""
                <rows>
                  <row duration="00:01:00" speed="4"/>
                  <row duration="00:01:00" speed="four"/>
                </rows>""", "Line 3: speed is \u201cfour\u201d, which is not a number");
        assertRefused("<rows>\n<row duration=\"00:01:00\" speed=\"" + "9".repeat(400) + "\"/></rows>", "which is not a number");
        assertRefused("<rows>\n<row duration=\"00:01:00\" speed=\"-4\"/></rows>", "speed cannot be negative");
        assertRefused("<rows>\n<row duration=\"00:01:00\" speed=\"4\"/>\n<row speed=\"4\"/></rows>",
                "Line 3, step 2: a row without a duration");
        assertRefused("<rows>\n<row duration=\"1 minute\" speed=\"4\"/></rows>", "the duration \u201c1 minute\u201d is not HH:MM:SS");
        assertRefused("<rows>\n<row duration=\"00:01:00\" speed=\"45\"/></rows>", "Line 2, step 1:");
        assertRefused("<rows>\n<repeat times=\"2\"><repeat times=\"2\"><row duration=\"00:01:00\" speed=\"4\"/></repeat></repeat></rows>",
                "a repeat inside a repeat");
        assertRefused("<rows>\n<row duration=\"00:01:00\" zonehr=\"3\"/></rows>", "Nothing in this file");
        assertRefused("<workout_file/>", "is not a QZ training programme");
        assertRefused("<rows><row duration=\"00:01:00\" speed=\"4\">", "not a readable XML file");
        assertRefused("{\"format\": \"retrotread-plan\"}", "not a readable XML file");
        assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE rows [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rows><row duration=\"00:01:00\" speed=\"4\">&x;</row></rows>", "not a readable XML file");
    }

    @Test
    void aControlCharacterInAPlansNameStillMakesAFileQzCanRead() throws Exception {
        Plan bell = new Plan("Bell\u0007 walk", TreadmillMode.POWERED, List.of(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(3))),
                PlanLimits.DEFAULT);
        Path file = dir.resolve("bell.xml");
        QzWriter.write(file, bell, WORDS);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()); // well-formed, or this throws
        assertThat(QzReader.read(file).name()).isEqualTo("Bell\uFFFD walk");
    }

    @Test
    void aPipeOrAFolderIsNotOpened() throws Exception {
        Path fifo = dir.resolve("pipe.xml");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThatThrownBy(() -> QzReader.read(fifo)).isInstanceOf(PlanFileProblem.class)
                .satisfies(p -> assertThat(EN.format(((PlanFileProblem) p).reason())).contains("not a regular file"));
        assertThatThrownBy(() -> QzReader.read(dir)).isInstanceOf(PlanFileProblem.class);
    }

    private void assertRefused(String content, String expected) throws Exception {
        Path file = write("bad.xml", content);
        assertThatThrownBy(() -> QzReader.read(file)).as(content).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).contains(expected));
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
