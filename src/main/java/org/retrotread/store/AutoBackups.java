package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups that happen without anyone remembering: the first start of each day writes one into the backup
 * folder (a setting; by default {@code backups} beside the database), checks it (SQLite's integrity check,
 * Retrotread's application id, the same number of rows as the live database in every table of records), and
 * keeps the last {@link #DAILY} days' and the last {@link #WEEKLY} weeks' (the newest of each older week).
 * Only files this class named are ever deleted.
 */
public final class AutoBackups {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    private static final Pattern NAME = Pattern.compile("retrotread-(\\d{4}-\\d{2}-\\d{2})\\.db");
    private static final List<String> COUNTED = List.of("clients", "plans", "plan_versions", "sessions", "session_events",
            "session_summaries", "amendments", "walk_tests", "walk_test_corrections");

    /** One automatic backup in the folder: its day and its size. */
    public record Kept(Path file, LocalDate day, long bytes) {
    }

    private final Database database;
    private final Path folder;
    private final Clock clock;

    public AutoBackups(Database database, Path folder, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
    }

    /** The folder when none is set: beside the database. */
    public static Path defaultFolder(Path database) {
        return database.toAbsolutePath().getParent().resolve("backups");
    }

    /**
     * Today's backup, made and checked if it is not there yet, and the old ones pruned.
     *
     * @return the backup made now, or empty when today's was there already
     * @throws StoreProblem when it could not be made or did not check out (a bad one is removed, never kept)
     */
    public Optional<Path> today() throws StoreProblem {
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        Path target = folder.resolve("retrotread-" + day + ".db");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        // Written under another name and given its own only once checked: a copy cut short (the app closed, the
        // disk full) never stands as today's backup.
        Path part = folder.resolve(".retrotread-" + day + ".db.part");
        try {
            OwnerOnly.createFolder(folder);
            Files.deleteIfExists(part);
            try (Connection c = database.connect()) {
                Backups.copyInto(c, part);
                Backups.verify(part);
                sameRows(c, part);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            recordInTrail(target);
        } catch (SQLException | IOException | StoreProblem e) {
            try {
                Files.deleteIfExists(part); // a backup that did not check out is worse than none: it would be trusted
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e instanceof StoreProblem p ? p : new StoreProblem(StoreProblem.Kind.FAILED, target, e);
        }
        try {
            prune();
        } catch (IOException e) {
            throw new StoreProblem(StoreProblem.Kind.FAILED, folder, e); // today's is there; the old ones wait for tomorrow
        }
        return Optional.of(target);
    }

    /**
     * Writes the backup into the audit trail, on a connection of this thread's own (the backup runs beside the
     * app's database thread). A trail that cannot be written makes the backup's outcome a failure, said on screen.
     */
    private void recordInTrail(Path target) throws SQLException {
        if (database.readOnly()) {
            return; // nothing can be written to a database open read-only, the trail included
        }
        try (Connection c = database.connectForWriting()) {
            Sql.inTransaction(c, x -> {
                AuditTrail.record(c, clock, AuditTrail.computerUser(), Optional.empty(), AuditTrail.Action.BACKUP_MADE, "automatic", null,
                        target.toString());
                return null;
            });
        }
    }

    /** The row counts of the copy against the live database's (the copy was taken from one snapshot of it). */
    private static void sameRows(Connection live, Path copy) throws SQLException, StoreProblem {
        try (Connection backup = Database.connect(copy, Database.Access.READ_ONLY, false)) {
            for (String table : COUNTED) {
                long here = Sql.one(live, "SELECT COUNT(*) FROM " + table, r -> r.getLong(1)).orElse(-1L);
                long there = Sql.one(backup, "SELECT COUNT(*) FROM " + table, r -> r.getLong(1)).orElse(-2L);
                if (there < here) { // the live database may have grown since the copy's snapshot, never shrunk
                    throw new StoreProblem(StoreProblem.Kind.DAMAGED, copy, new SQLException(table + ": " + there + " rows in the"
                            + " backup, " + here + " in the database"));
                }
            }
        }
    }

    /** The automatic backups in the folder, newest first. */
    public List<Kept> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Kept> kept = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        kept.add(new Kept(f, LocalDate.parse(m.group(1)), Files.size(f)));
                    } catch (DateTimeParseException notADay) {
                        // named like one of ours, but not by us: left alone
                    }
                }
            }
        }
        kept.sort(Comparator.comparing(Kept::day).reversed());
        return kept;
    }

    /** Keeps the newest {@link #DAILY}, and of the rest the newest of each of the last {@link #WEEKLY} weeks. */
    void prune() throws IOException {
        List<Kept> all = list();
        Set<String> weeks = new HashSet<>();
        for (int i = DAILY; i < all.size(); i++) {
            Kept k = all.get(i);
            String week = k.day().get(IsoFields.WEEK_BASED_YEAR) + "-" + k.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                continue;
            }
            Files.deleteIfExists(k.file());
        }
    }
}
