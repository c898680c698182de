package org.retrotread.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.retrotread.store.OwnerOnly;

/**
 * Where the database lives: {@code --db PATH}, else {@code RETROTREAD_DB}, else the user's data
 * folder as each operating system defines it. A clinic workstation ({@code --db postgresql://…}, or the
 * server chosen in the settings) keeps its own file for that server in the data folder's {@code clinic} folder:
 * its journal and its copy of the clinic's records (decision 0021), apart from the laptop's own file.
 */
public final class DataLocation {

    static final String FILE_NAME = "retrotread.db";
    /** The data folder's one-line file naming the clinic server chosen in the settings (no file: this computer only). */
    static final String SERVER_CHOICE = "clinic-server.txt";
    static final String WORKSTATION_FOLDER = "clinic";
    /** An address is a line: a larger file is not the settings' (never read whole into memory at every start). */
    private static final long LONGEST_CHOICE_BYTES = 4096;

    /** What to open: a file, and for a clinic workstation the server's address its file works with. */
    public record Where(Path file, Optional<String> server) {
    }

    private DataLocation() {
    }

    /** The database path for these command-line arguments, environment and system properties. */
    public static Path resolve(List<String> args, Map<String, String> env, String osName, String userHome) {
        return given(args, env).map(Path::of)
                .orElseGet(() -> defaultFolder(env, osName, userHome).resolve(FILE_NAME))
                .toAbsolutePath();
    }

    public static Path resolve(List<String> args) {
        return where(args).file();
    }

    /** What to open for these arguments, on this computer. */
    public static Where where(List<String> args) {
        return where(args, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * What to open: a server named by {@code --db} or {@code RETROTREAD_DB}, or a file named there; else the server
     * chosen in the settings, else the data folder's file. A server's workstation file is named after the server.
     */
    static Where where(List<String> args, Map<String, String> env, String osName, String userHome) {
        Path folder = defaultFolder(env, osName, userHome);
        Optional<String> server = serverAddress(args, env);
        if (server.isEmpty() && given(args, env).isEmpty()) {
            server = chosenServer(folder);
        }
        if (server.isPresent()) {
            return new Where(folder.resolve(WORKSTATION_FOLDER).resolve(workstationFile(server.get())).toAbsolutePath(), server);
        }
        return new Where(resolve(args, env, osName, userHome), Optional.empty());
    }

    /** The server chosen in the settings, if one is (a blank or unreadable file: none). */
    static Optional<String> chosenServer(Path folder) {
        try {
            Path file = folder.resolve(SERVER_CHOICE);
            if (!Files.isRegularFile(file) || Files.size(file) > LONGEST_CHOICE_BYTES) { // a FIFO, a device, or not ours
                return Optional.empty();
            }
            return Optional.of(Files.readString(file).strip()).filter(s -> !s.isEmpty());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // said nowhere: the settings screen shows the choice as it reads it, and a start uses this computer
        }
    }

    /** The settings' choice of server: written whole, owner-only; empty removes it (this computer only). */
    static void chooseServer(String address) throws IOException {
        Path folder = defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
        Path file = folder.resolve(SERVER_CHOICE);
        if (address.isBlank()) {
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(folder);
            OwnerOnly.write(file, (address.strip() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The server chosen in the settings on this computer, as the settings screen shows it. */
    static String chosenServer() {
        return chosenServer(defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"))).orElse("");
    }

    /** A workstation file's name: the server's host, port and database, as letters a file name may hold anywhere. */
    static String workstationFile(String address) {
        String where = address.replaceFirst("^[a-z]+://", "").replaceFirst("\\?.*$", "").replaceFirst("^[^@/]*@", "");
        return where.replaceAll("[^A-Za-z0-9._-]+", "-") + ".db";
    }

    /** A clinic server's address ({@code postgresql://…}) given by {@code --db} or {@code RETROTREAD_DB}, if one is. */
    static Optional<String> serverAddress(List<String> args, Map<String, String> env) {
        return given(args, env).filter(a -> a.startsWith("postgresql://") || a.startsWith("postgres://"));
    }

    /** What {@code --db} names, else {@code RETROTREAD_DB}. */
    private static Optional<String> given(List<String> args, Map<String, String> env) {
        return fromArgs(args).or(() -> Optional.ofNullable(env.get("RETROTREAD_DB")).filter(s -> !s.isBlank()));
    }

    /** Whether {@code folder} is this user's own Retrotread data folder (which the app may make owner-only). */
    static boolean isDefaultFolder(Path folder) {
        if (folder == null) {
            return false;
        }
        Path own = defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home")).toAbsolutePath().normalize();
        Path f = folder.toAbsolutePath().normalize();
        return f.equals(own) || f.equals(own.resolve(WORKSTATION_FOLDER));
    }

    private static Optional<String> fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return Optional.of(arg.substring("--db=".length()));
            }
        }
        return Optional.empty();
    }

    static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // The local profile, never the roaming one: a roaming profile is copied to a server at sign-out,
            // and SQLite's WAL must not live on (or be copied from) a network folder.
            String localAppData = env.get("LOCALAPPDATA");
            return (localAppData != null && !localAppData.isBlank() ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local"))
                    .resolve("Retrotread");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Retrotread");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("retrotread");
    }
}
