package org.retrotread.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database lives: {@code --db PATH}, else {@code RETROTREAD_DB}, else the user's data
 * folder as each operating system defines it.
 */
public final class DataLocation {

    static final String FILE_NAME = "retrotread.db";

    private DataLocation() {
    }

    /** The database path for these command-line arguments, environment and system properties. */
    public static Path resolve(List<String> args, Map<String, String> env, String osName, String userHome) {
        return given(args, env).map(Path::of)
                .orElseGet(() -> defaultFolder(env, osName, userHome).resolve(FILE_NAME))
                .toAbsolutePath();
    }

    public static Path resolve(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
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
        return folder != null && folder.toAbsolutePath().normalize().equals(defaultFolder(System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home")).toAbsolutePath().normalize());
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
