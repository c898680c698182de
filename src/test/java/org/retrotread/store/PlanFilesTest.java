package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.units.SpeedUnit;

class PlanFilesTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @TempDir
    Path dir;

    @Test
    void everyStarterSurvivesAFile() throws Exception {
        for (var starter : StarterPlans.all(EN::text)) {
            Path file = dir.resolve(starter.id() + " Ωmega.json");
            PlanFiles.write(file, starter.plan());
            assertThat(PlanFiles.read(file)).isEqualTo(starter.plan());
        }
        assertThat(Files.list(dir)).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void aPlanWithGradesIsVersionTwoAndOneWithoutStaysReadableByOlderRetrotreads() throws Exception {
        Path level = dir.resolve("level.json");
        PlanFiles.write(level, StarterPlans.all(EN::text).get(3).plan());
        assertThat(Files.readString(level)).contains("\"version\": 1").doesNotContain("grade");
        var uphill = StarterPlans.all(EN::text).stream().filter(s -> PlanCodec.usesGrade(s.plan())).findFirst().orElseThrow();
        Path climbs = dir.resolve("uphill.json");
        PlanFiles.write(climbs, uphill.plan());
        assertThat(Files.readString(climbs)).contains("\"version\": 2").contains("\"gradeToPercent\"");
        assertThat(PlanFiles.read(climbs)).isEqualTo(uphill.plan());
        Files.writeString(climbs, Files.readString(climbs).replaceFirst("\"gradeToPercent\": [0-9.]+", "\"gradeToPercent\": 5.25"));
        assertThatThrownBy(() -> PlanFiles.read(climbs)).isInstanceOf(PlanFileProblem.class)
                .satisfies(p -> assertThat(EN.format(((PlanFileProblem) p).reason())).contains("whole tenths of a percent"));
        Files.writeString(climbs, Files.readString(climbs).replaceFirst("\"gradeToPercent\": 5.25", "\"gradeToPercent\": 1e300"));
        assertThatThrownBy(() -> PlanFiles.read(climbs)).isInstanceOf(PlanFileProblem.class)
                .satisfies(p -> assertThat(((PlanFileProblem) p).planProblems()).extracting(f -> EN.problem(f))
                        .anyMatch(s -> s.contains("Grade to: must be from -25\u00a0% to 40\u00a0%")));
    }

    /** A good file with one change made by hand: {@code from} replaced by {@code to}. */
    private String refusal(String from, String to) throws Exception {
        Path good = dir.resolve("good.json");
        PlanFiles.write(good, StarterPlans.all(EN::text).get(3).plan()); // knee: handrail, ramp, steady, cooldown
        String text = Files.readString(good);
        assertThat(text).contains(from);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        try {
            PlanFiles.read(bad);
        } catch (PlanFileProblem p) {
            String says = EN.format(p.reason());
            for (FieldProblem f : p.planProblems()) {
                says += " | " + EN.problem(f);
            }
            return says;
        }
        throw new AssertionError("accepted: " + to);
    }

    @Test
    void aBadFileIsRefusedWithWhatIsWrongAndWhere() throws Exception {
        assertThat(refusal("\"stepMs\": 60000", "\"stepMs\": \"a minute\"")).matches("Line \\d+: plan.blocks\\[1]\\.stepMs should be a number; nothing was imported.");
        assertThat(refusal("\"durationMs\": 300000,", "")).matches("Line \\d+: plan.blocks\\[2]\\.durationMs is missing; nothing was imported.");
        assertThat(refusal("\"kind\": \"STEADY\"", "\"kind\": \"JOG\"")).matches("Line \\d+: plan.blocks\\[2]\\.kind is \u201cJOG\u201d, which is not one of.*");
        assertThat(refusal("\"maxSpeedMps\": 1.1111", "\"maxSpeedMps\": -1.1111")).matches("Line \\d+: plan.maxSpeedMps cannot be negative; nothing was imported.");
        assertThat(refusal("\"durationMs\": 300000", "\"durationMs\": 3")).endsWith("| Block 3, Duration: must be at least 0:05");
        assertThat(refusal("\"format\": \"retrotread-plan\"", "\"format\": \"spreadsheet\"")).endsWith("is not a Retrotread plan file.");
        assertThat(refusal("\"version\": 1", "\"version\": 7")).contains("newer Retrotread (plan file version 7)");
        assertThat(refusal("{", "[")).contains("is not a plan file (it is not JSON)");
    }

    /** The case: two mistakes in one file are both reported, not the first alone. */
    @Test
    void everyProblemInAFileIsReportedAtOnce() throws Exception {
        Path good = dir.resolve("good.json");
        PlanFiles.write(good, StarterPlans.all(EN::text).get(3).plan());
        String text = Files.readString(good).replaceFirst("\"stepMs\": 60000", "\"stepMs\": \"a minute\"")
                .replaceFirst("\"kind\": \"COOLDOWN\"", "\"kind\": \"JOG\"")
                .replaceFirst("\"maxSpeedMps\": 1.1111", "\"maxSpeedMps\": -1.1111");
        Path bad = Files.writeString(dir.resolve("two mistakes.json"), text);
        assertThatThrownBy(() -> PlanFiles.read(bad)).isInstanceOfSatisfying(PlanFileProblem.class, p -> {
            assertThat(EN.format(p.reason())).matches("Line \\d+: plan.blocks\\[1]\\.stepMs should be a number; nothing was imported.");
            assertThat(p.more()).extracting(EN::format).hasSize(2)
                    .anySatisfy(m -> assertThat(m).matches("Line \\d+: plan.blocks\\[3]\\.kind is \u201cJOG\u201d.*"))
                    .anySatisfy(m -> assertThat(m).matches("Line \\d+: plan.maxSpeedMps cannot be negative; nothing was imported."));
        });
    }

    @Test
    void aMissingFileIsExplained() {
        assertThatThrownBy(() -> PlanFiles.read(dir.resolve("nowhere.json"))).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).startsWith("The file " + dir.resolve("nowhere.json") + " could not be read"));
    }

    /** The line each refusal names is the line of the field in the file as written. */
    @Test
    void aRefusalNamesTheLineOfItsField() throws Exception {
        Path good = dir.resolve("good.json");
        PlanFiles.write(good, StarterPlans.all(EN::text).get(3).plan());
        List<String> lines = Files.readAllLines(good);
        int stepLine = 1 + IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("\"stepMs\"")).findFirst()
                .orElseThrow();
        assertThat(refusal("\"stepMs\": 60000", "\"stepMs\": true")).startsWith("Line " + stepLine + ": plan.blocks[1].stepMs");
    }

    @Test
    void onlyStrictJsonIsRead() throws Exception {
        assertThat(refusal("\"version\": 1,", "\"version\": 1,\n  // a comment\n")).matches("Line \\d+: .* is not a plan file \\(it is not JSON\\).*");
        assertThat(refusal("\"format\": \"retrotread-plan\"", "'format': 'retrotread-plan'")).contains("it is not JSON");
        assertThat(refusal("\"version\": 1,", "version: 1,")).contains("it is not JSON");
        assertThat(refusal("\"version\": 1,", "\"version\": 1, \"format\": \"retrotread-plan\",")).contains("it is not JSON")
                .contains("\"format\" is given twice");
        String twice = refusal("\"name\": \"", "\"name\": \"Harmless\", \"name\": \"");
        assertThat(twice).matches("Line (\\d+): .*\"name\" is given twice in plan.*");
        assertThat(refusal("\"version\": 1,", "\"version\": 1, \"x\": NaN,")).contains("it is not JSON");
        Path trailing = dir.resolve("good.json");
        Path after = Files.writeString(dir.resolve("after.json"), Files.readString(trailing) + "\n{\"format\": \"retrotread-plan\"}");
        assertThatThrownBy(() -> PlanFiles.read(after)).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).contains("it is not JSON"));
    }

    @Test
    void aNameWithControlCharactersOrDirectionOverridesIsRefused() throws Exception {
        for (String hidden : List.of("\\u0007", "\\u001b[31m", "\\u202e", "\\u2066", "\\n")) {
            assertThat(refusal("\"name\": \"", "\"name\": \"x" + hidden)).as(hidden)
                    .matches("Line \\d+: plan.name contains a control character or a mark that reverses the text's direction \\(U\\+[0-9A-F]{4}\\); nothing was imported.");
        }
    }

    @Test
    void aPipeADeviceAFolderAndAHugeFileAreNeverRead() throws Exception {
        Path fifo = dir.resolve("plan.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                PlanFiles.read(fifo);
                return "accepted";
            } catch (PlanFileProblem p) {
                return EN.format(p.reason());
            }
        });
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(fifo + " is not a regular file (a folder, a device or a pipe); nothing was read from it.");
        assertThatThrownBy(() -> PlanFiles.read(Path.of("/dev/zero"))).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).contains("is not a regular file"));
        assertThatThrownBy(() -> PlanFiles.read(dir)).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).contains("is not a regular file"));
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"format\": \"retrotread-plan\", \"pad\": \"" + "x".repeat(PlanFiles.LARGEST_FILE_BYTES) + "\"}");
        assertThatThrownBy(() -> PlanFiles.read(huge)).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).isEqualTo(huge + " is larger than 1024 KB, far more than any plan: it was not read."));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), fifo);
        assertThatThrownBy(() -> PlanFiles.read(link)).isInstanceOf(PlanFileProblem.class);
    }
}
