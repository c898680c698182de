package org.retrotread.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One running Retrotread per database <em>file</em>, however it is named: an OS file lock on
 * {@code <real path>.lock} beside the file (symbolic links, relative paths and {@code ..} resolved
 * first), and one named after the file's identity (device and inode) in this user's runtime folder,
 * which a hard link under another name meets too.
 *
 * <p>Why lock files and not the database itself: a POSIX lock belongs to the process and is dropped
 * when the process closes <em>any</em> descriptor of that file, and SQLite opens and closes the database
 * file with every connection; a lock on the file itself would vanish without a word. The OS releases
 * these locks when the process dies, however it dies, so a crash never leaves a stale lock behind. The
 * lock files hold no data and are left in place.
 */
final class InstanceLock implements AutoCloseable {

    private final List<FileChannel> channels;

    private InstanceLock(List<FileChannel> channels) {
        this.channels = channels;
    }

    /**
     * The locks, or empty when another process (or this one) holds either already.
     *
     * @param database an existing database file
     */
    static Optional<InstanceLock> tryAcquire(Path database) throws IOException {
        Path real = database.toRealPath();
        List<Path> lockFiles = new ArrayList<>();
        lockFiles.add(real.resolveSibling(real.getFileName() + ".lock"));
        identity(real).ifPresent(lockFiles::add);
        List<FileChannel> held = new ArrayList<>();
        try {
            for (Path lockFile : lockFiles) {
                Optional<FileChannel> locked = lock(lockFile);
                if (locked.isEmpty()) {
                    closeAll(held);
                    return Optional.empty();
                }
                held.add(locked.get());
            }
        } catch (IOException | RuntimeException e) {
            closeAll(held);
            throw e;
        }
        return Optional.of(new InstanceLock(held));
    }

    /** The lock file named for the file's device and inode, where the file system has them. */
    private static Optional<Path> identity(Path real) throws IOException {
        Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
        if (key == null) {
            return Optional.empty(); // Windows: no inode, and a file cannot be opened twice for writing there anyway
        }
        String name = "db-" + key.toString().replaceAll("[^0-9A-Za-z]+", "-").replaceAll("^-|-$", "") + ".lock";
        Path folder = runtimeFolder();
        OwnerOnly.createFolder(folder);
        return Optional.of(folder.resolve(name));
    }

    /** This user's folder for locks: $XDG_RUNTIME_DIR where the system sets it, else one in the temporary folder. */
    private static Path runtimeFolder() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "retrotread");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "retrotread-" + System.getProperty("user.name", "user"));
    }

    private static Optional<FileChannel> lock(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(channel);
        } catch (OverlappingFileLockException heldHere) {
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void closeAll(List<FileChannel> channels) throws IOException {
        for (FileChannel c : channels) {
            c.close(); // closing the channel releases its lock
        }
    }

    @Override
    public void close() throws IOException {
        closeAll(channels);
    }
}
