package org.retrotread.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.store.Client;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.Settings;
import org.retrotread.store.Store;
import org.retrotread.ui.start.ClientChoice;
import org.retrotread.ui.start.StartRequest;

/**
 * A start request once the database has answered: the client (saved first if new), and the plan as
 * it will run, with the client's progression applied when their plan has one.
 *
 * @param plan        the plan to run (at the progression's level, once decided)
 * @param assessment  what the progression found, when the plan has one
 * @param progression what it comes to: empty while a proposed raise waits for the clinician's decision
 */
record SessionLaunch(Optional<Client> client, Optional<String> clientUuid, Plan plan, Optional<String> starterId,
                     Optional<Long> planVersionId, Optional<Progression.Assessment> assessment, Optional<Progression> progression) {

    /** Whether a raise is proposed and waits for the clinician: accept, adjust or hold. */
    boolean awaitsDecision() {
        return assessment.flatMap(Progression.Assessment::proposal).isPresent() && progression.isEmpty();
    }

    /** The launch once the clinician has decided. */
    SessionLaunch decided(Progression decision) {
        return new SessionLaunch(client, clientUuid, decision.plan(), starterId, planVersionId, assessment, Optional.of(decision));
    }

    /** Works it out on the database thread. */
    static SessionLaunch prepare(Store store, StartRequest request, ClinicWrites clinic) throws Exception {
        if (clinic.on().isEmpty()) {
            rememberOperator(store.settings(), request.operator()); // on a clinic workstation the login runs the session
        }
        Optional<Client> client = clientFor(store, request.client(), clinic);
        Optional<String> uuid = client.isPresent() ? store.clients().uuidOf(client.get().id()) : Optional.empty();
        if (request.plan().starter().isPresent()) {
            return new SessionLaunch(client, uuid, request.plan().plan(), Optional.of(request.plan().starter().get().id()),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        SavedPlan saved = request.plan().saved().orElseThrow();
        boolean progresses = saved.progression().isPresent() && client.isPresent()
                && saved.clientId().equals(Optional.of(client.get().id()));
        if (!progresses) {
            return new SessionLaunch(client, uuid, saved.latest().plan(), Optional.empty(), Optional.of(saved.latest().id()),
                    Optional.empty(), Optional.empty());
        }
        clinic.pullHistory(client.get().id()); // a progression counts the sessions run in every room
        Progression.Assessment assessment = store.plans().assess(saved, client.get().maxSpeed(), store.settings().progressionPolicy());
        SessionLaunch launch = new SessionLaunch(client, uuid, assessment.current().plan(), Optional.empty(), Optional.of(saved.latest().id()),
                Optional.of(assessment), Optional.empty());
        return assessment.proposal().isPresent() ? launch : launch.decided(assessment.asIs());
    }

    /** The client the session is for, saving a new one first. */
    private static Optional<Client> clientFor(Store store, ClientChoice choice, ClinicWrites clinic) throws Exception {
        if (choice instanceof ClientChoice.Existing e) {
            return Optional.of(e.client());
        }
        if (choice instanceof ClientChoice.NewClient n) {
            Client named = Client.named(n.name());
            return Optional.of(clinic.on().isPresent() ? clinic.on().get().addClient(named) : store.clients().add(named));
        }
        return Optional.empty(); // nobody (an unclear choice never gets this far: the start screen asks first)
    }

    private static void rememberOperator(Settings settings, String operator) throws Exception {
        List<String> known = new ArrayList<>(settings.operators());
        if (!operator.isBlank() && (known.isEmpty() || !known.get(0).equals(operator))) {
            known.remove(operator);
            known.add(0, operator); // the most recent first: it is the default next time
            settings.setOperators(known);
        }
    }
}
