package org.retrotread.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading a file a person chose (a plan, an exported session) without trusting it: at most a given number of
 * bytes, so that {@code /dev/zero} or a huge file cannot fill memory. The caller first checks that it is a
 * regular file ({@link Files#isRegularFile}): opening a FIFO would block until someone writes to it.
 */
final class SmallFiles {

    private SmallFiles() {
    }

    /** The file's bytes, or empty when it holds more than {@code most}. */
    static Optional<byte[]> read(Path file, int most) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(most + 1);
            return bytes.length > most ? Optional.empty() : Optional.of(bytes);
        }
    }
}
