package org.retrotread.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.ClinicImport;
import org.retrotread.store.ClinicServer;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.StoreProblem;

/**
 * An administrator moves a laptop's records into the clinic server, once, from a terminal:
 * {@code retrotread --move-in laptop.db --db postgresql://server/retrotread [--user ben]}. The password is asked
 * at the terminal and passed to the server, never written anywhere; PostgreSQL's own files ({@code ~/.pgpass},
 * {@code pg_service.conf}) answer for it where set up. Prints what was added, matched and left out, and why.
 */
final class MoveIn {

    private MoveIn() {
    }

    /** What the terminal asks for the password with, in the computer's language. */
    static String passwordPrompt() {
        return new Messages(Locale.getDefault(), SpeedUnit.KILOMETRES_PER_HOUR).text("moveIn.password");
    }

    /** The laptop's file, when these arguments ask for a move-in. */
    static Optional<Path> requested(List<String> args) {
        return option(args, "--move-in").map(Path::of);
    }

    /**
     * Runs the move-in these arguments ask for.
     *
     * @param password asked only when the server wants one and PostgreSQL's files gave none; empty when it cannot be asked
     * @return the exit status: 0 when everything came in, 1 when something was left out or the move-in failed
     */
    static int run(List<String> args, Map<String, String> env, Supplier<Optional<char[]>> password, PrintStream out) {
        Messages text = new Messages(Locale.getDefault(), SpeedUnit.KILOMETRES_PER_HOUR);
        Path file = requested(args).orElseThrow();
        String address = DataLocation.serverAddress(args, env).orElse("");
        if (address.isEmpty()) {
            out.println(text.text("moveIn.noServer"));
            return 1;
        }
        Properties login = new Properties();
        login.setProperty("user", option(args, "--user").or(() -> Optional.ofNullable(env.get("PGUSER")))
                .orElse(System.getProperty("user.name", "")));
        if (!Files.isRegularFile(file)) { // never a new, empty file made where a laptop's was meant
            out.println(text.format("moveIn.noFile", file));
            return 1;
        }
        try {
            out.println(text.format("moveIn.starting", file, ClinicServer.describe(address), login.getProperty("user")));
            ClinicImport.Report report = ClinicImport.file(file, open(address, login, password), Clock.systemUTC());
            for (ClinicImport.Line line : report.lines()) {
                out.println("  " + text.format(line.message()));
            }
            out.println(text.format("moveIn.done", report.clientsAdded(), report.clientsMatched(), report.sessionsAdded(),
                    report.sessionsThere(), report.walkTestsAdded(), report.skipped().size()));
            return report.skipped().isEmpty() ? 0 : 1;
        } catch (ServerProblem p) {
            out.println(text.format(p.message()));
            out.println(text.text("moveIn.failed"));
        } catch (StoreProblem p) {
            out.println(text.format(p.message()));
        } catch (IllegalArgumentException e) { // the address: not PostgreSQL's, or with a password in it (never echoed)
            out.println(text.text("moveIn.badAddress"));
        }
        return 1;
    }

    /** Signs in without a password first (PostgreSQL's files may hold it); asks for it when the server wants one. */
    private static ClinicServer open(String address, Properties login, Supplier<Optional<char[]>> password) throws ServerProblem {
        try {
            return ClinicServer.open(address, login);
        } catch (ServerProblem p) {
            if (p.kind() != ServerProblem.Kind.SIGN_IN_REFUSED) {
                throw p;
            }
            Optional<char[]> typed = password.get();
            if (typed.isEmpty()) {
                throw p;
            }
            Properties withPassword = new Properties();
            withPassword.putAll(login);
            withPassword.setProperty("password", new String(typed.get()));
            return ClinicServer.open(address, withPassword);
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
