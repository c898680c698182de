package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.store.ServerForTests;

/**
 * The administrator's move-in from a terminal, on the real test server: the password asked only because the server
 * wants one, the report printed, the second run adding nothing; a wrong password and a missing server said plainly.
 */
class MoveInTest {

    @TempDir
    Path dir;

    private record Ran(int status, String said) {
    }

    private Ran moveIn(List<String> args, Optional<char[]> password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the terminal's language: English here, whatever the machine's
        try {
            int status = MoveIn.run(args, Map.of(), () -> password, new PrintStream(out, true, StandardCharsets.UTF_8));
            return new Ran(status, out.toString(StandardCharsets.UTF_8));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLaptopMovesInOnceAndTheSecondRunAddsNothing() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        ServerForTests.laptop(laptop);
        String server = ServerForTests.freshDatabase();
        try {
            List<String> args = List.of("--move-in", laptop.toString(), "--db", server, "--user", ServerForTests.login().getProperty("user"));
            Optional<char[]> password = Optional.of(ServerForTests.login().getProperty("password").toCharArray());

            Ran wrong = moveIn(args, Optional.of("not-it".toCharArray()));
            assertThat(wrong.status()).isEqualTo(1);
            assertThat(wrong.said()).contains("refused this user name or password");

            Ran first = moveIn(args, password);
            assertThat(first.said()).contains("Zoë Müller: added")
                    .contains("Done. Added 1 clients (0 more matched to the clinic's records by identifier) and 2 sessions");
            assertThat(first.status()).isZero();
            Ran again = moveIn(args, password);
            assertThat(again.said()).contains("Done. Added 0 clients").contains("and 0 sessions (2 were there already)");
        } finally {
            ServerForTests.drop(server);
        }
    }

    @Test
    void withoutAServerItSaysWhatIsMissing() {
        Ran ran = moveIn(List.of("--move-in", dir.resolve("laptop.db").toString()), Optional.empty());
        assertThat(ran.status()).isEqualTo(1);
        assertThat(ran.said()).contains("needs the clinic server: add --db postgresql://");
    }

    /** A mistyped path makes no new, empty database; a password typed into the address is never printed back. */
    @Test
    void aMistypedFileOrAPasswordInTheAddressIsRefusedBeforeAnythingHappens() throws Exception {
        Ran typo = moveIn(List.of("--move-in", dir.resolve("laptpo.db").toString(), "--db", "postgresql://127.0.0.1:1/clinic"),
                Optional.empty());
        assertThat(typo.said()).contains("There is no laptop database at");
        assertThat(dir.resolve("laptpo.db")).doesNotExist();
        Path laptop = dir.resolve("laptop.db");
        ServerForTests.laptop(laptop);
        Ran secret = moveIn(List.of("--move-in", laptop.toString(), "--db", "postgresql://ben:s3cret@127.0.0.1:1/clinic"),
                Optional.empty());
        assertThat(secret.status()).isEqualTo(1);
        assertThat(secret.said()).contains("never holds a password").doesNotContain("s3cret");
    }
}
