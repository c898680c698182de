package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocationTest {

    private static Path resolve(List<String> args, Map<String, String> env, String os) {
        return DataLocation.resolve(args, env, os, "/home/ana");
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(resolve(List.of(), Map.of(), "Linux")).isEqualTo(Path.of("/home/ana/.local/share/retrotread/retrotread.db"));
        assertThat(resolve(List.of(), Map.of("XDG_DATA_HOME", "/data/ana"), "Linux"))
                .isEqualTo(Path.of("/data/ana/retrotread/retrotread.db"));
        // The XDG spec: a relative XDG_DATA_HOME is invalid and ignored.
        assertThat(resolve(List.of(), Map.of("XDG_DATA_HOME", "relative/dir"), "Linux"))
                .isEqualTo(Path.of("/home/ana/.local/share/retrotread/retrotread.db"));
    }

    @Test
    void windowsUsesTheLocalNotTheRoamingProfileAndMacApplicationSupport() {
        Map<String, String> windows = Map.of("APPDATA", "C:\\Users\\Ana\\AppData\\Roaming", "LOCALAPPDATA", "C:\\Users\\Ana\\AppData\\Local");
        assertThat(DataLocation.defaultFolder(windows, "Windows 11", "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana\\AppData\\Local").resolve("Retrotread"));
        assertThat(DataLocation.defaultFolder(Map.of("APPDATA", "R"), "Windows 11", "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana", "AppData", "Local", "Retrotread"));
        assertThat(resolve(List.of(), Map.of(), "Mac OS X"))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Retrotread/retrotread.db"));
    }

    @Test
    void theCommandLineBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("RETROTREAD_DB", "/srv/clinic.db");
        assertThat(resolve(List.of(), env, "Linux")).isEqualTo(Path.of("/srv/clinic.db"));
        assertThat(resolve(List.of("--db", "/tmp/a.db"), env, "Linux")).isEqualTo(Path.of("/tmp/a.db"));
        assertThat(resolve(List.of("--db=/tmp/b.db"), env, "Linux")).isEqualTo(Path.of("/tmp/b.db"));
        assertThat(resolve(List.of("--db"), Map.of(), "Linux")).isEqualTo(Path.of("/home/ana/.local/share/retrotread/retrotread.db"));
    }

    @Test
    void aClinicWorkstationKeepsAFileOfItsOwnPerServerAndTheSettingsChoiceComesLast(@TempDir Path home) throws Exception {
        Map<String, String> linux = Map.of("XDG_DATA_HOME", home.toString());
        Path folder = home.resolve("retrotread");
        var byFlag = DataLocation.where(List.of("--db", "postgresql://ana@clinic-server:5432/retrotread?sslmode=require"), linux, "Linux", "/x");
        assertThat(byFlag.server()).contains("postgresql://ana@clinic-server:5432/retrotread?sslmode=require");
        assertThat(byFlag.file()).isEqualTo(folder.resolve("clinic").resolve("clinic-server-5432-retrotread.db"));
        assertThat(DataLocation.where(List.of(), Map.of("XDG_DATA_HOME", home.toString(), "RETROTREAD_DB", "postgres://db/rt"), "Linux", "/x")
                .file().getFileName().toString()).isEqualTo("db-rt.db");

        assertThat(DataLocation.where(List.of(), linux, "Linux", "/x").server()).as("nothing chosen: this computer only").isEmpty();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(DataLocation.SERVER_CHOICE), "postgresql://clinic-server/retrotread\n");
        assertThat(DataLocation.where(List.of(), linux, "Linux", "/x").server()).contains("postgresql://clinic-server/retrotread");
        assertThat(DataLocation.where(List.of("--db", "/tmp/laptop.db"), linux, "Linux", "/x"))
                .as("a file named on the command line comes first").isEqualTo(new DataLocation.Where(Path.of("/tmp/laptop.db"), Optional.empty()));
        Files.writeString(folder.resolve(DataLocation.SERVER_CHOICE), "  \n");
        assertThat(DataLocation.where(List.of(), linux, "Linux", "/x").server()).as("a blank choice: none").isEmpty();
        Files.writeString(folder.resolve(DataLocation.SERVER_CHOICE), "x".repeat(100_000));
        assertThat(DataLocation.where(List.of(), linux, "Linux", "/x").server()).as("another program's big file: none").isEmpty();
        Files.delete(folder.resolve(DataLocation.SERVER_CHOICE));
        new ProcessBuilder("mkfifo", folder.resolve(DataLocation.SERVER_CHOICE).toString()).start().waitFor();
        assertThat(DataLocation.where(List.of(), linux, "Linux", "/x").server()).as("a FIFO: none, and no wait").isEmpty();
    }
}
