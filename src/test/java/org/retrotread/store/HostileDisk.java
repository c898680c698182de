package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Real file-system trouble for tests: read-only files and folders, and a disk that is full.
 *
 * <p>Tests run as root in CI, and root ignores permission bits; so as root a file is made
 * read-only with the immutable attribute ({@code chattr +i}, refused even to root) and a full disk
 * is a small tmpfs. As another user, permission bits do the job, and a full disk is not possible.
 */
public final class HostileDisk implements AutoCloseable {

    private final List<Runnable> undo = new ArrayList<>();

    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    public void makeReadOnly(Path path) throws IOException, InterruptedException {
        if (root()) {
            run("chattr", "+i", path.toString());
            undo.add(() -> quietly("chattr", "-i", path.toString()));
        } else {
            var before = Files.getPosixFilePermissions(path);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
            undo.add(() -> {
                try {
                    Files.setPosixFilePermissions(path, before);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        }
    }

    /** A fresh folder on a tmpfs of {@code kilobytes}; only root can mount one. */
    public Path smallDisk(Path mountPoint, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", mountPoint.toString());
        undo.add(() -> quietly("umount", "-l", mountPoint.toString()));
        return mountPoint;
    }

    /** Writes a file until the disk refuses; returns it (delete it to free the space). */
    public static Path fill(Path folder) throws IOException {
        Path filler = folder.resolve("filler");
        byte[] chunk = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("space")) {
                throw full;
            }
        }
        return filler;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void quietly(String... command) {
        try {
            run(command);
        } catch (IOException | InterruptedException ignored) {
            // cleaning up after a test
        }
    }

    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
    }
}
