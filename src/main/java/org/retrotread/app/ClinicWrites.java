package org.retrotread.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.retrotread.i18n.Messages;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.Workstation;

/**
 * What the clinic pages do differently on a clinic workstation (decision 0021): changes go to the server first
 * ({@link #on}), lists come from a copy brought up to date when it is older than a minute, a client's history brings
 * in the sessions run in other rooms, and a change refused because the server is away is said as such. On a laptop
 * ({@link #NONE}) it does nothing: the file is the record.
 */
final class ClinicWrites {

    static final ClinicWrites NONE = new ClinicWrites(Optional.empty(), () -> 0, null, Clock.systemUTC());

    /** A copy younger than this is used as it is: the clients page opens without a trip to the server. */
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Optional<ClinicLink> link;
    private final LongSupplier sessionIds;
    private final Messages text;
    private final Clock wall;

    ClinicWrites(Optional<ClinicLink> link, LongSupplier sessionIds, Messages text, Clock wall) {
        this.link = link;
        this.sessionIds = sessionIds;
        this.text = text;
        this.wall = wall;
    }

    /** What the app's state calls for: the link's, on a clinic workstation; else {@link #NONE}. */
    static ClinicWrites of(AppState state, Clock wall) {
        return state.clinic().isPresent() ? new ClinicWrites(state.clinic(), state::takeSessionId, state.text(), wall) : NONE;
    }

    /** The workstation to make changes through, on a clinic workstation. On the database thread. */
    Optional<Workstation> on() {
        return link.flatMap(ClinicLink::workstation);
    }

    /** The copy brought up to the server's when the server answers and the copy is over a minute old. On the database thread. */
    void refreshCopy() throws Exception {
        Optional<Workstation> w = answering();
        if (w.isEmpty() || link.get().status().copyTakenAt().map(at -> at.plus(FRESH).isAfter(wall.instant())).orElse(false)) {
            return;
        }
        try {
            var taken = w.get().refresh();
            Platform.runLater(() -> link.get().copied(taken.at()));
        } catch (ServerProblem p) {
            away(p); // the list is the copy's, and the banner says so
        }
    }

    /** A client's sessions run in other rooms, copied in when the server answers. On the database thread. */
    void pullHistory(long clientId) throws Exception {
        Optional<Workstation> w = answering();
        if (w.isPresent()) {
            try {
                w.get().pullHistory(clientId, sessionIds);
            } catch (ServerProblem p) {
                away(p);
            }
        }
    }

    /** A new client typed at the start screen, refused because the server is away: what can be done instead. */
    String newClientRefused(ServerProblem p) {
        return p.kind() == ServerProblem.Kind.UNREACHABLE ? refusedWith("ui.clinic.newClientNeedsServer", p) : text.format(p.message());
    }

    private String refusedWith(String key, ServerProblem p) {
        link.ifPresent(ClinicLink::wentAway);
        return text.format(key, p.server());
    }

    /** A change the server refused, in words: one refused because the server is away says that nothing was changed. */
    String refused(ServerProblem p) {
        return p.kind() == ServerProblem.Kind.UNREACHABLE ? refusedWith("ui.clinic.changeNeedsServer", p) : text.format(p.message());
    }

    private Optional<Workstation> answering() {
        return link.filter(l -> l.status().reach() == ClinicLink.Reach.CONNECTED).flatMap(ClinicLink::workstation);
    }

    private void away(ServerProblem p) {
        if (p.kind() == ServerProblem.Kind.UNREACHABLE) {
            Platform.runLater(() -> link.ifPresent(ClinicLink::wentAway));
        }
    }
}
