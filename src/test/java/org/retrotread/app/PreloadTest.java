package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.store.Database;
import org.retrotread.store.StoreProblem;

/** The database opened from main while JavaFX starts: handed over only for its own file, problems kept for the screen. */
class PreloadTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunOpensANewDatabaseWithTheStartScreensData() throws Exception {
        Path db = dir.resolve("data/retrotread.db");
        Preload.start(db, Locale.ENGLISH);
        assertThat(Preload.take(dir.resolve("other.db"))).isEmpty(); // another file is opened afresh...
        awaitReleased(db);                                            // ...and this one let go once it opened
        Preload.start(db, Locale.ENGLISH);
        OpenedStore opened = Preload.take(db).orElseThrow().join();
        try {
            assertThat(Files.exists(db)).isTrue();
            assertThat(opened.startData().clients()).isEmpty();
            assertThat(opened.startData().plans()).isEmpty();
            assertThat(opened.journal()).isPresent();
        } finally {
            opened.close();
        }
        assertThat(Preload.take(db)).isEmpty(); // taken once
    }

    /** Waits (up to 10 s) until the file can be opened here, i.e. nothing else holds its lock. */
    private static void awaitReleased(Path db) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                Database.open(db).close();
                return;
            } catch (StoreProblem stillHeld) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the preloaded database was never let go: " + db);
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedNotHidden() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "shopping list");
        Preload.start(notes, Locale.ENGLISH);
        assertThatThrownBy(() -> Preload.take(notes).orElseThrow().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(StoreProblem.class);
        assertThat(Files.readString(notes)).isEqualTo("shopping list");
    }
}
