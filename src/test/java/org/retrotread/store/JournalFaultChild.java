package org.retrotread.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.text.Message;

/**
 * A Retrotread process for {@link JournalFaultsTest} to hurt: it opens a session and then follows orders,
 * one a line on its input, answering on its output.
 * <ul>
 *   <li>{@code notes FROM TO}: appends notes FROM to TO (their seq numbers), waits up to 10 s for them to be
 *       written, and answers {@code written true|false HEALTH-KEY REASON-KEY}</li>
 *   <li>{@code huge CHARS}: appends a note of that many characters (under a small heap, more than the writer
 *       can bind), waits 4 s, and answers {@code health OK|BAD REASON-KEY writer-alive=true|false}</li>
 * </ul>
 * The test kills it when it has seen enough: nothing is closed, nothing is flushed on the way out.
 */
public final class JournalFaultChild {

    private JournalFaultChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Store store = Store.open(Path.of(args[0]));
        EventJournal journal = store.startJournal();
        journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
        journal.awaitWritten(Duration.ofSeconds(10));
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] order = line.split(" ");
            if (order[0].equals("notes")) {
                for (long seq = Long.parseLong(order[1]); seq <= Long.parseLong(order[2]); seq++) {
                    journal.append(1, new NoteAdded(seq, Duration.ofSeconds(seq), "note " + seq));
                }
                boolean written = journal.awaitWritten(Duration.ofSeconds(10));
                out.println("written " + written + " " + describe(journal.health()));
            } else if (order[0].equals("huge")) {
                journal.append(1, new NoteAdded(1_000, Duration.ofSeconds(1_000), "x".repeat(Integer.parseInt(order[1]))));
                Thread.sleep(4_000);
                JournalHealth h = journal.health();
                boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("retrotread-journal"));
                out.println("health " + (h.ok() ? "OK" : "BAD") + " " + describe(h) + " writer-alive=" + alive);
            }
        }
        Clock.systemUTC(); // never reached in the tests: they kill the process
    }

    private static String describe(JournalHealth h) {
        if (h.problem() == null) {
            return "- -";
        }
        Object reason = h.problem().args().size() > 3 ? h.problem().args().get(3) : h.problem().args().get(0);
        return h.problem().key() + " " + (reason instanceof Message m ? m.key() : "-");
    }
}
