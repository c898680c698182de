package org.retrotread.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditText;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.summary.TrainingWeek;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Amendment;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.CorrectionRefused;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.ProfileChanged;
import org.retrotread.store.ServerProblem;
import org.retrotread.store.Store;
import org.retrotread.store.WalkTest;
import org.retrotread.ui.clients.ClientsService;
import org.retrotread.ui.clients.SessionDetail;
import org.retrotread.work.Worker;

/** The client screens' data, read and written on the database thread. */
final class StoreClients implements ClientsService {

    private final Store store;
    private final Worker background;
    private final Clock clock;
    private final BooleanSupplier readOnly;
    private final Messages text;
    private final ClinicWrites clinic;
    private Consumer<String> problems = line -> { };

    /**
     * @param clinic on a clinic workstation, where every change goes first (the server) and the history comes from;
     *               else writes go to the file alone
     */
    StoreClients(Store store, Worker background, Clock clock, BooleanSupplier readOnly, Messages text, ClinicWrites clinic) {
        this.store = store;
        this.background = background;
        this.clock = clock;
        this.readOnly = readOnly;
        this.text = text;
        this.clinic = clinic;
    }

    /** Where a failed read or background save is said (the screen's notice line). */
    void reportTo(Consumer<String> problems) {
        this.problems = problems;
    }

    /** A read that failed: said on the screen, and an empty answer so nothing waits for it. */
    private <T> Consumer<Exception> readFailed(Consumer<T> done, T empty) {
        return e -> {
            problems.accept(text.format("ui.clients.readFailed", String.valueOf(e.getMessage())));
            done.accept(empty);
        };
    }

    @Override
    public void overview(Consumer<List<ClientOverview>> done) {
        var weekStart = TrainingWeek.startOf(clock.instant(), ZoneId.systemDefault());
        background.run(() -> {
            clinic.refreshCopy(); // a clinic workstation: the list is the clinic's, as of now when the server answers
            return store.clients().overview(true, weekStart);
        }, done, readFailed(done, List.of()));
    }

    @Override
    public void history(long clientId, Consumer<List<HistoryRow>> done) {
        background.run(() -> {
            clinic.pullHistory(clientId); // sessions run in other rooms, when the server answers
            return store.sessions().history(clientId);
        }, done, readFailed(done, List.of()));
    }

    @Override
    public void session(long sessionId, Consumer<SessionDetail> done) {
        background.run(() -> {
            var record = store.sessions().find(sessionId).orElseThrow();
            return new SessionDetail(record, store.planOf(record),
                    store.sessions().events(sessionId), store.sessions().amendments(sessionId), store.sessions().integrity(sessionId));
        }, done, e -> problems.accept(text.format("ui.clients.readFailed", String.valueOf(e.getMessage()))));
    }

    /**
     * A write on the database thread, refused at once (and said) when the database is open read-only; a
     * refusal the store gives its reasons for (a correction's) is said in its words, anything else as "not saved".
     */
    private <T> void write(Worker.Work<T> work, Consumer<T> done, Consumer<String> failed) {
        write(work, done, failed, changed -> failed.accept(text.format("ui.clients.saveFailed", changed.getMessage())));
    }

    private <T> void write(Worker.Work<T> work, Consumer<T> done, Consumer<String> failed, Consumer<ProfileChanged> changedMeanwhile) {
        if (readOnly.getAsBoolean()) {
            failed.accept(text.format("store.readOnly", store.database().file()));
            return;
        }
        background.run(work, done, e -> {
            if (e instanceof ProfileChanged changed) {
                changedMeanwhile.accept(changed);
            } else if (e instanceof ServerProblem p) {
                failed.accept(clinic.refused(p));
            } else {
                failed.accept(e instanceof CorrectionRefused r ? text.format(r.reason())
                        : text.format("ui.clients.saveFailed", String.valueOf(e.getMessage())));
            }
        });
    }

    @Override
    public void amend(long sessionId, String author, String reason, Correction correction,
                      Consumer<Amendment> done, Consumer<String> failed) {
        write(() -> clinic.on().isPresent() ? clinic.on().get().amend(sessionId, author, reason, correction)
                : store.sessions().amend(sessionId, author, reason, correction), done, failed);
    }

    @Override
    public void auditTrail(long clientId, Consumer<AuditView> done) {
        background.run(() -> clinic.on().isPresent() // a clinic workstation: the server's trail, every room's rows
                ? new AuditView(clinic.on().get().auditOf(clientId), clinic.on().get().auditIntact())
                : new AuditView(store.audit().ofClient(clientId), store.audit().intact()), done,
                readFailed(done, null)); // null: not read, and the tab says so (never "intact")
    }

    @Override
    public void walkTests(long clientId, Consumer<List<WalkTest>> done) {
        background.run(() -> store.walkTests().of(clientId), done, readFailed(done, List.of()));
    }

    @Override
    public void correctWalkTest(long walkTestId, Duration time, String author, String reason,
                                Consumer<WalkTest> done, Consumer<String> failed) {
        write(() -> clinic.on().isPresent() ? clinic.on().get().correctWalkTest(walkTestId, time, author, reason)
                : store.walkTests().correct(walkTestId, time, author, reason), done, failed);
    }

    @Override
    public void addWalkTest(long clientId, LocalDate takenOn, Duration time, String aid, String note,
                            Consumer<WalkTest> done, Consumer<String> failed) {
        write(() -> clinic.on().isPresent() ? clinic.on().get().addWalkTest(clientId, takenOn, time, aid, note)
                : store.walkTests().add(clientId, takenOn, time, aid, note), done, failed);
    }

    @Override
    public void walkTestCutoff(long clientId, Consumer<Optional<Cutoff>> done) {
        background.run(() -> store.settings().walkTestCutoff(clientId), done, readFailed(done, Optional.empty()));
    }

    @Override
    public void setWalkTestCutoff(long clientId, Cutoff cutoff) {
        if (!readOnly.getAsBoolean()) {
            background.run(() -> {
                store.settings().setWalkTestCutoff(clientId, cutoff);
                return true;
            }, x -> { }, e -> problems.accept(text.format("ui.clients.saveFailed", String.valueOf(e.getMessage()))));
        }
    }

    @Override
    public void save(Optional<Client> loaded, Client client, Consumer<Client> done, Consumer<Client> changedMeanwhile,
                     Consumer<String> failed) {
        write(() -> {
            if (clinic.on().isPresent()) {
                return loaded.isEmpty() ? clinic.on().get().addClient(client) : clinic.on().get().updateClient(loaded.get(), client);
            }
            if (loaded.isEmpty()) {
                return store.clients().add(client);
            }
            store.clients().update(loaded.get(), client);
            return store.clients().find(client.id()).orElseThrow();
        }, done, failed, changed -> {
            changedMeanwhile.accept(changed.current());
            AuditText words = new AuditText(text, ZoneId.systemDefault());
            failed.accept(text.format("ui.clients.changedMeanwhile", String.join("; ", changed.changed().entrySet().stream()
                    .map(e -> words.fieldAndValue(e.getKey(), e.getValue())).toList())));
        });
    }
}
