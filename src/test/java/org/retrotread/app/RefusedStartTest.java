package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.store.Store;
import org.retrotread.store.StoreProblem;

/**
 * A refused start, as a script or the desktop sees it: the real app in its own process (headless), its
 * exit status read back. Each refusal has its own number; a start that opens ends 0.
 */
class RefusedStartTest {

    @TempDir
    Path dir;

    /** Starts Retrotread on {@code db} in probe mode (it quits once started, or once refused); its exit status. */
    private int start(Path db) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", db.toString(), StartupProbe.FLAG));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = app.getInputStream().readAllBytes();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int status = app.exitValue();
        if (status != 0) {
            assertThat(new String(output, StandardCharsets.UTF_8)).contains("retrotread.refused=");
        }
        return status;
    }

    @Test
    void eachRefusedStartEndsWithItsOwnStatus() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("letter.db"), "Dear Sir, this is not a database.".repeat(200));
        assertThat(start(notADatabase)).isEqualTo(ExitStatus.NOT_A_DATABASE.code()).isEqualTo(3);

        Path underAFile = dir.resolve("letter.db").resolve("sub").resolve("retrotread.db");
        assertThat(start(underAFile)).isEqualTo(ExitStatus.CANNOT_CREATE.code()).isEqualTo(6);

        Path newer = dir.resolve("newer.db");
        Store.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        assertThat(start(newer)).isEqualTo(ExitStatus.NEWER_VERSION.code()).isEqualTo(4);

        Path inUse = dir.resolve("in-use.db");
        try (Store running = Store.open(inUse)) {
            assertThat(start(inUse)).isEqualTo(ExitStatus.IN_USE.code()).isEqualTo(2);
        }
        assertThat(start(inUse)).isZero();                      // the same file once the other has closed it
    }

    @Test
    void theSameFileUnderAnotherNameIsInUseToo() throws Exception {
        Path real = dir.resolve("clinic").resolve("retrotread.db");
        Path symbolic = Files.createSymbolicLink(dir.resolve("link.db"), real.getParent().resolve("..").resolve("clinic")
                .resolve("retrotread.db").normalize());
        try (Store running = Store.open(real)) {
            Path hard = Files.createLink(dir.resolve("hard.db"), real);
            Path dotted = dir.resolve("clinic").resolve("..").resolve("clinic").resolve("retrotread.db");
            for (Path another : List.of(symbolic, hard, dotted)) {
                assertThat(start(another)).as(another.toString()).isEqualTo(ExitStatus.IN_USE.code());
            }
        }
    }

    @Test
    void everyRefusalHasADistinctNonZeroStatus() {
        List<Integer> codes = new ArrayList<>();
        for (StoreProblem.Kind kind : StoreProblem.Kind.values()) {
            codes.add(ExitStatus.of(kind).code());
        }
        assertThat(codes).doesNotContain(0).doesNotHaveDuplicates();
    }
}
