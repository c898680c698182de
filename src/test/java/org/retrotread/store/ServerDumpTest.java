package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;

/**
 * A clinic's backup is PostgreSQL's own: {@code pg_dump} and {@code pg_restore}. A restored database keeps every
 * record's tamper evidence valid (seals, amendment chains), and its rules.
 */
class ServerDumpTest {

    @TempDir
    Path dir;

    @Test
    void aDumpRestoredElsewhereStillChecksOutIntact() throws Exception {
        TestStores.Server test = TestStores.server();
        String restored = "rt_restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (TestStores.Opened clinic = TestStores.open(Dialect.POSTGRESQL, dir, StoreFixtures.WALL)) {
            Client zoe = clinic.store().clients().add(Client.named("Zoë"));
            try (SessionWriter journal = SessionWriter.of(clinic)) {
                journal.finishedSession(1, Optional.of(zoe.id()));
                journal.finishedSession(2, Optional.of(zoe.id()));
            }
            clinic.store().sessions().amend(1, "x", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "2"));
            String source = clinic.clinic().label().substring(clinic.clinic().label().indexOf('/') + 1);
            Path dump = dir.resolve("clinic.dump");
            run(test, List.of(tool("pg_dump"), "-Fc", "-f", dump.toString(), "-d", source));
            test.admin("CREATE DATABASE " + restored);
            run(test, List.of(tool("pg_restore"), "--exit-on-error", "-d", restored, dump.toString()));

            Store back = Store.onServer(ClinicServer.open(test.address(restored), test.login()), StoreFixtures.WALL);
            try (back) {
                assertThat(back.sessions().integrity(1)).isEqualTo(SealChain.Integrity.INTACT);
                assertThat(back.sessions().integrity(2)).isEqualTo(SealChain.Integrity.INTACT);
                assertThat(back.sessions().amendments(1)).hasSize(1);
                assertThat(back.audit().all()).hasSameSizeAs(clinic.store().audit().all());
                Client again = back.clients().add(Client.named("After the restore"));   // its numbering goes on
                assertThat(again.id()).isGreaterThan(zoe.id());
            }
        } finally {
            test.admin("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
        }
    }

    /** The newest PostgreSQL client tool of that name here (Debian's layout). */
    private static String tool(String name) throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IOException("no " + name)).toString();
        }
    }

    private static void run(TestStores.Server test, List<String> command) throws Exception {
        String host = test.host();
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("-h", host.substring(0, host.indexOf(':')), "-p", host.substring(host.indexOf(':') + 1),
                "-U", test.login().getProperty("user")));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", test.login().getProperty("password"));
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + said).isZero();
    }
}
