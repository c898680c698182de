package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.walktest.Cutoff;

class WalkTestsTest {

    @TempDir
    Path dir;

    @Test
    void resultsAreKeptInDateOrderAndNeverChange() throws Exception {
        try (Store store = Store.open(dir.resolve("retrotread.db"))) {
            long id = store.clients().add(Client.named("Zoë")).id();
            store.walkTests().add(id, LocalDate.of(2026, 11, 20), Duration.ofMillis(6_120), "cane", "first test");
            store.walkTests().add(id, LocalDate.of(2026, 11, 6), Duration.ofMillis(7_480), "cane", "");
            assertThat(store.walkTests().of(id)).extracting(WalkTest::takenOn, WalkTest::time).containsExactly(
                    Tuple.tuple(LocalDate.of(2026, 11, 6), Duration.ofMillis(7_480)),
                    Tuple.tuple(LocalDate.of(2026, 11, 20), Duration.ofMillis(6_120)));
            try (Connection c = store.database().connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("UPDATE walk_tests SET seconds = 1")).hasMessageContaining("never changes");
                assertThatThrownBy(() -> s.execute("DELETE FROM walk_tests")).hasMessageContaining("never deleted");
            }
            assertThat(store.settings().walkTestCutoff(id)).isEmpty();
            store.settings().setWalkTestCutoff(id, Cutoff.PARKINSONS_CARTER);
            assertThat(store.settings().walkTestCutoff(id)).contains(Cutoff.PARKINSONS_CARTER);
        }
    }

    /** The case: a result typed wrongly is corrected with who and why; the original stays on the record. */
    @Test
    void aWrongResultIsCorrectedBesideTheOriginalWhichNeverChanges() throws Exception {
        try (Store store = Store.open(dir.resolve("retrotread.db"))) {
            long client = store.clients().add(Client.named("Zoë")).id();
            WalkTest typo = store.walkTests().add(client, LocalDate.of(2026, 11, 20), Duration.ofSeconds(64), "cane", "");
            assertThatThrownBy(() -> store.walkTests().correct(typo.id(), Duration.ofMillis(6_400), " ", "typo"))
                    .isInstanceOf(IllegalArgumentException.class);
            WalkTest corrected = store.walkTests().correct(typo.id(), Duration.ofMillis(6_400), "Ana Lima", "typed 64 for 6.4");
            assertThat(corrected.time()).isEqualTo(Duration.ofMillis(6_400));
            assertThat(corrected.correction()).hasValueSatisfying(c -> {
                assertThat(c.recorded()).isEqualTo(Duration.ofSeconds(64));
                assertThat(c.author()).isEqualTo("Ana Lima");
                assertThat(c.reason()).isEqualTo("typed 64 for 6.4");
            });
            assertThat(store.walkTests().of(client)).singleElement().isEqualTo(corrected);
            try (Connection c = store.database().connect(); Statement s = c.createStatement()) {
                var original = s.executeQuery("SELECT seconds FROM walk_tests");
                assertThat(original.getDouble(1)).isEqualTo(64.0);                      // the result as first typed
                assertThatThrownBy(() -> s.execute("UPDATE walk_test_corrections SET seconds = 1")).hasMessageContaining("never changes");
                assertThatThrownBy(() -> s.execute("DELETE FROM walk_test_corrections")).hasMessageContaining("never deleted");
            }
        }
    }

    @Test
    void aResultSlowerThanTheCutoffFlagsFallRisk() {
        assertThat(Cutoff.COMMUNITY_OLDER_ADULTS.flags(Duration.ofMillis(4_600))).isTrue();
        assertThat(Cutoff.COMMUNITY_OLDER_ADULTS.flags(Duration.ofMillis(4_500))).isFalse();
        assertThat(Cutoff.NURSING_HOME_PAST_FALLS.time()).isEqualTo(Duration.ofMillis(9_310));
    }
}
