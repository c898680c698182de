package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    /** A good file with one change made by hand: {@code from} replaced by {@code to}. */
    private String refusal(String from, String to) throws Exception {
        Path good = dir.resolve("good.json");
        PlanFiles.write(good, StarterPlans.all(EN::text).get(3).plan()); // knee: handrail, ramp, steady, cooldown
        String text = Files.readString(good);
        assertThat(text).contains(from);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
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
        assertThat(refusal("\"stepMs\": 60000", "\"stepMs\": \"a minute\"")).isEqualTo("plan.blocks[1].stepMs should be a number; nothing was imported.");
        assertThat(refusal("\"durationMs\": 300000,", "")).isEqualTo("plan.blocks[2].durationMs is missing; nothing was imported.");
        assertThat(refusal("\"kind\": \"STEADY\"", "\"kind\": \"JOG\"")).startsWith("plan.blocks[2].kind is \u201cJOG\u201d, which is not one of");
        assertThat(refusal("\"maxSpeedMps\": 1.1111", "\"maxSpeedMps\": -1.1111")).isEqualTo("plan.maxSpeedMps cannot be negative; nothing was imported.");
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
            assertThat(EN.format(p.reason())).isEqualTo("plan.blocks[1].stepMs should be a number; nothing was imported.");
            assertThat(p.more()).extracting(EN::format).hasSize(2)
                    .anySatisfy(m -> assertThat(m).startsWith("plan.blocks[3].kind is \u201cJOG\u201d"))
                    .contains("plan.maxSpeedMps cannot be negative; nothing was imported.");
        });
    }

    @Test
    void aMissingFileIsExplained() {
        assertThatThrownBy(() -> PlanFiles.read(dir.resolve("nowhere.json"))).isInstanceOfSatisfying(PlanFileProblem.class,
                p -> assertThat(EN.format(p.reason())).startsWith("The file " + dir.resolve("nowhere.json") + " could not be read"));
    }
}
