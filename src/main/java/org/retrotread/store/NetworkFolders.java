package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a folder is on a network file system. SQLite's documentation is plain that WAL does not work over
 * a network file system (its shared-memory index needs every process on one computer), and that locks on
 * network shares can be silently ignored: a database there is refused with what to do instead.
 */
final class NetworkFolders {

    /** File-system types, as Linux's mount table and macOS name them, that are reached over a network. */
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs",
            "webdav", "davfs", "fuse.davfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs", "ceph", "fuse.ceph", "glusterfs",
            "fuse.glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.juicefs");

    private NetworkFolders() {
    }

    /** The network file system {@code folder} is on (its type name), or empty when it is a local disk. */
    static Optional<String> networkType(Path folder) throws IOException {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        String root = String.valueOf(existing.getRoot());
        if (root.startsWith("\\\\")) {
            return Optional.of("Windows network share"); // \\server\share\...: a UNC path is a share by definition
        }
        return networkType(Files.getFileStore(existing).type());
    }

    static Optional<String> networkType(String fileSystemType) {
        String type = fileSystemType.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
    }
}
