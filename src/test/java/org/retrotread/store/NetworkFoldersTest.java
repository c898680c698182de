package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;

/** Network file systems are known by the type the operating system gives them; a local disk is not one. */
class NetworkFoldersTest {

    @TempDir
    Path dir;

    @Test
    void networkFileSystemsAreKnownByTheirType() {
        for (String type : List.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afpfs", "NFS")) {
            assertThat(NetworkFolders.networkType(type)).as(type).isPresent();
        }
        for (String type : List.of("ext4", "xfs", "btrfs", "apfs", "NTFS", "tmpfs", "overlay", "zfs", "vfat")) {
            assertThat(NetworkFolders.networkType(type)).as(type).isEmpty();
        }
    }

    @Test
    void thisMachinesTemporaryFolderIsLocalAndADatabaseOpensThere() throws Exception {
        assertThat(NetworkFolders.networkType(dir)).isEmpty();
        assertThat(NetworkFolders.networkType(dir.resolve("not").resolve("made").resolve("yet"))).isEmpty();
        Database.open(dir.resolve("clinic.db")).close();
    }

    @Test
    void theRefusalSaysWhyAndWhatToDoInBothLanguages() {
        StoreProblem p = new StoreProblem(StoreProblem.Kind.NETWORK_FOLDER, dir.resolve("clinic.db"), new IOException("cifs"));
        String english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR).format(p.message());
        assertThat(english).contains("network folder (cifs)").contains("Nothing was changed").contains("own disk");
        String german = new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR).format(p.message());
        assertThat(german).contains("Netzwerkordner (cifs)").contains("nichts ver\u00e4ndert");
        assertThat(Files.exists(dir.resolve("clinic.db"))).isFalse();
    }
}
