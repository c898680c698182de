package org.retrotread.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.retrotread.session.CommandKind;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.walktest.Cutoff;

/** Every language has every key, and every key the code names exists. */
class BundleConsistencyTest {

    static final Locale[] LANGUAGES = {Locale.ROOT, Locale.GERMAN};
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:speed|plan|refusal|energy|starter|ui|app|store|progression|planFile|report|csv)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> english = Messages.bundle(Locale.ROOT).keySet();
        for (Locale language : LANGUAGES) {
            assertThat(Messages.bundle(language).keySet()).as(language.toString()).isEqualTo(english);
        }
    }

    @Test
    void everyEnumShownToPeopleHasItsWords() {
        Class<?>[] shown = {CommandKind.class, SessionStatus.class, BlockKind.class, PhaseKind.class, Movement.class,
                TreadmillMode.class, SessionEnded.Ending.class, Cutoff.class};
        for (Class<?> type : shown) {
            for (Object constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                assertThat(Messages.bundle(Locale.ROOT).containsKey(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        ResourceBundle bundle = Messages.bundle(Locale.ROOT);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTextHasAnUnbalancedQuoteThatMessageFormatWouldEat() {
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                String withoutDoubled = value.replace("''", "");
                assertThat(withoutDoubled).as("%s in %s: write '' for an apostrophe", key, language).doesNotContain("'");
            }
        }
    }
}
