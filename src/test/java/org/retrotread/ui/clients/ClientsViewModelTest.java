package org.retrotread.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Amendment;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.ProfileChanged;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;
import org.retrotread.store.WalkTest;

/** The client screen's logic without a window, on a real SQLite file (the service answers at once). */
class ClientsViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private ClientsViewModel model;
    private ClientsService service;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("retrotread.db"));
        store.clients().add(Client.named("Ben Okafor"));
        service = new ClientsService() {
            public void overview(Consumer<List<ClientOverview>> done) {
                done.accept(unchecked(() -> store.clients().overview(true, Instant.EPOCH)));
            }

            public void history(long clientId, Consumer<List<HistoryRow>> done) {
                done.accept(unchecked(() -> store.sessions().history(clientId)));
            }

            public void session(long sessionId, Consumer<SessionDetail> done) {
                done.accept(unchecked(() -> {
                    var record = store.sessions().find(sessionId).orElseThrow();
                    return new SessionDetail(record, store.plans().load(record.planVersionId()).plan(),
                            store.sessions().events(sessionId), store.sessions().amendments(sessionId));
                }));
            }

            public void amend(long sessionId, String author, String reason, Correction correction,
                              Consumer<Amendment> done, Consumer<String> failed) {
                done.accept(unchecked(() -> store.sessions().amend(sessionId, author, reason, correction)));
            }

            public void auditTrail(long clientId, Consumer<AuditView> done) {
                done.accept(unchecked(() -> new AuditView(store.audit().ofClient(clientId), store.audit().intact())));
            }

            public void walkTests(long clientId, Consumer<List<WalkTest>> done) {
                done.accept(unchecked(() -> store.walkTests().of(clientId)));
            }

            public void addWalkTest(long clientId, LocalDate takenOn, Duration time, String aid, String note,
                                    Consumer<WalkTest> done, Consumer<String> failed) {
                done.accept(unchecked(() -> store.walkTests().add(clientId, takenOn, time, aid, note)));
            }

            public void correctWalkTest(long walkTestId, Duration time, String author, String reason,
                                        Consumer<WalkTest> done, Consumer<String> failed) {
                done.accept(unchecked(() -> store.walkTests().correct(walkTestId, time, author, reason)));
            }

            public void walkTestCutoff(long clientId, Consumer<Optional<Cutoff>> done) {
                done.accept(unchecked(() -> store.settings().walkTestCutoff(clientId)));
            }

            public void setWalkTestCutoff(long clientId, Cutoff cutoff) {
                unchecked(() -> {
                    store.settings().setWalkTestCutoff(clientId, cutoff);
                    return true;
                });
            }

            public void save(Optional<Client> loaded, Client client, Consumer<Client> done, Consumer<Client> changedMeanwhile,
                             Consumer<String> failed) {
                try {
                    done.accept(unchecked(() -> {
                        if (loaded.isEmpty()) {
                            return store.clients().add(client);
                        }
                        store.clients().update(loaded.get(), client);
                        return client;
                    }));
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof ProfileChanged changed)) {
                        throw e;
                    }
                    changedMeanwhile.accept(changed.current());
                    failed.accept("changed meanwhile: " + changed.changed().keySet());
                }
            }
        };
        model = new ClientsViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), service);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyBadFieldIsRefusedAtItsPlaceAndNothingIsSaved() throws Exception {
        model.newClient();
        model.dateOfBirthProperty().set("31/02/1950");
        model.bodyMassProperty().set("5");
        model.maxSpeedProperty().set("fast");
        assertThat(model.save()).isFalse();
        assertThat(model.nameErrorProperty().get()).isEqualTo("A client needs a name.");
        assertThat(model.dateErrorProperty().get()).startsWith("There is no such day as 31/02/1950");
        assertThat(model.massErrorProperty().get()).isEqualTo("Body mass must be from 10 to 400 kg.");
        model.bodyMassProperty().set("heavy");                        // not a number: said so, not a range
        model.save();
        assertThat(model.massErrorProperty().get()).isEqualTo("\u201cheavy\u201d is not a number: type the body mass in kg, from 10 to 400.");
        model.bodyMassProperty().set("5");
        assertThat(model.speedErrorProperty().get()).contains("\u201cfast\u201d is not a speed");
        model.dateOfBirthProperty().set("2999-01-01");
        model.save();
        assertThat(model.dateErrorProperty().get()).isEqualTo("A date of birth cannot be in the future.");
        assertThat(store.clients().list(true)).hasSize(1);
    }

    /** Another workstation saved the profile while it stood open here: said, not overwritten, and a second Save keeps these edits. */
    @Test
    void aProfileSavedElsewhereMeanwhileIsNeverOverwrittenWithoutASecondSave() throws Exception {
        Client ben = store.clients().list(true).get(0);
        model.edit(ben);
        model.notesProperty().set("knee better this week");
        store.clients().update(ben, new Client(ben.id(), "Ben Okafor-Reid", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", false));                                  // the other workstation's save
        assertThat(model.save()).isTrue();
        assertThat(model.noticeProperty().get()).isEqualTo("changed meanwhile: [name]");
        assertThat(store.clients().find(ben.id()).orElseThrow().name()).isEqualTo("Ben Okafor-Reid");
        assertThat(store.clients().find(ben.id()).orElseThrow().notes()).isEmpty();
        assertThat(model.notesProperty().get()).as("the edits stay in the form").isEqualTo("knee better this week");
        model.save();                                                           // knowingly, the second time
        assertThat(store.clients().find(ben.id()).orElseThrow().notes()).isEqualTo("knee better this week");
    }

    @Test
    void theClinicalDetailsAreSavedAndASurgeryDateMustExist() throws Exception {
        model.newClient();
        model.nameProperty().set("Mira Okafor");
        model.referralProperty().set("ACL reconstruction, left knee");
        model.sideProperty().set(Client.Side.LEFT);
        model.surgeryDateProperty().set("2/30/2026");
        model.precautionsProperty().set("No running before week 12; stop if the knee swells");
        model.goalsProperty().set("Back to netball by spring");
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.save()).isFalse();
        assertThat(model.surgeryDateErrorProperty().get()).startsWith("There is no such day as 2/30/2026");
        model.surgeryDateProperty().set("12/20/2026");                     // ahead of today is allowed: care before surgery
        assertThat(model.save()).isTrue();
        Client saved = store.clients().list(true).stream().filter(c -> c.name().equals("Mira Okafor")).findFirst().orElseThrow();
        assertThat(saved.clinical()).isEqualTo(new Client.Clinical("ACL reconstruction, left knee", Client.Side.LEFT,
                Optional.of(LocalDate.of(2026, 12, 20)), "No running before week 12; stop if the knee swells",
                "Back to netball by spring"));
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aSecondClientWithTheSameIdentifierIsSaidBeforeItIsSaved() throws Exception {
        store.clients().add(new Client(0, "Zoë Müller", Optional.of("P-17"), Optional.empty(), Optional.empty(), Optional.empty(), "",
                false));
        model = new ClientsViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), service); // reads the clients again
        model.searchProperty().set("Zoe Mueller");
        model.newClient();
        model.identifierProperty().set(" p-17 ");
        assertThat(model.save()).isFalse();
        assertThat(model.identifierWarningProperty().get()).isEqualTo("Zoë Müller already has the identifier p-17. If this is"
                + " another person, save again to keep it; if it is Zoë Müller, open that record instead.");
        assertThat(store.clients().list(true)).hasSize(2);
        assertThat(model.save()).isTrue();                                 // pressed again: kept, as asked
        assertThat(store.clients().list(true)).hasSize(3);
    }

    /** The case: 3.5 km/h shown as 2.2 mph and saved untouched stays 3.5 km/h, not 3.54. */
    @Test
    void aMaximumShownInAnotherUnitAndSavedUntouchedIsStoredExactlyAsItWas() throws Exception {
        Client zoe = store.clients().add(new Client(0, "Zoë", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Speed.ofKmh(3.5)), "", false));
        ClientsViewModel inMiles = new ClientsViewModel(new Messages(Locale.ENGLISH, SpeedUnit.MILES_PER_HOUR), service);
        inMiles.edit(zoe);
        assertThat(inMiles.maxSpeedProperty().get()).isEqualTo("2.2");
        assertThat(inMiles.hasUnsavedChanges()).isFalse();
        inMiles.notesProperty().set("knee brace");
        assertThat(inMiles.hasUnsavedChanges()).isTrue();
        assertThat(inMiles.save()).isTrue();
        Client saved = store.clients().find(zoe.id()).orElseThrow();
        assertThat(saved.maxSpeed().orElseThrow().metresPerSecond()).isEqualTo(zoe.maxSpeed().orElseThrow().metresPerSecond());
        assertThat(inMiles.hasUnsavedChanges()).isFalse();                 // saved: nothing left to lose
        inMiles.maxSpeedProperty().set("2.5");                               // an edit in mph is an edit
        inMiles.save();
        assertThat(store.clients().find(zoe.id()).orElseThrow().maxSpeed().orElseThrow().kmh())
                .isCloseTo(4.02, Offset.offset(0.01));
    }

    @Test
    void aNewClientIsSavedFoundAndEdited() throws Exception {
        model.searchProperty().set("Zoë");
        assertThat(model.shown()).isEmpty();
        model.newClient();
        assertThat(model.nameProperty().get()).isEqualTo("Zoë");
        model.nameProperty().set("Zoë Müller");
        model.identifierProperty().set("P-17");
        model.dateOfBirthProperty().set("1956-03-28");
        model.bodyMassProperty().set("61,5");
        model.maxSpeedProperty().set("3.5");
        assertThat(model.save()).isTrue();
        assertThat(model.noticeProperty().get()).isEqualTo("Saved: Zoë Müller");
        assertThat(model.shown()).extracting(c -> c.client().name()).containsExactly("Zoë Müller");
        assertThat(model.overviewLine(model.shown().get(0))).isEqualTo("last session never \u00b7 0 this week");
        Client saved = store.clients().list(true).stream().filter(c -> c.name().startsWith("Zoë")).findFirst().orElseThrow();
        assertThat(saved.bodyMass().orElseThrow().kilograms()).isEqualTo(61.5);
        assertThat(saved.maxSpeed().orElseThrow().kmh()).isCloseTo(3.5, Offset.offset(1e-9));

        model.searchProperty().set("p-1");
        model.edit(model.shown().get(0).client());
        assertThat(model.maxSpeedProperty().get()).isEqualTo("3.5");
        assertThat(model.dateOfBirthProperty().get()).isEqualTo("3/28/1956"); // four digits: 56 would read as 2056
        model.archivedProperty().set(true);
        model.save();
        assertThat(store.clients().list(false)).extracting(Client::name).containsExactly("Ben Okafor");
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWalkTestIsCheckedRecordedAndReadAgainstTheChosenCutoff() throws Exception {
        Client ben = store.clients().list(true).get(0);
        model.edit(ben);
        WalkTestViewModel walk = model.walkTests();
        assertThat(walk.latest()).isEqualTo("No tests recorded yet.");
        walk.secondsProperty().set("quick");
        assertThat(walk.record()).isFalse();
        assertThat(walk.secondsErrorProperty().get()).isEqualTo("\u201cquick\u201d is not a number: type the time in seconds, from 0.5 to 300.0.");
        walk.secondsProperty().set("400");
        assertThat(walk.record()).isFalse();
        assertThat(walk.secondsErrorProperty().get()).isEqualTo("Type the time in seconds, from 0.5 to 300.0.");
        walk.secondsProperty().set("5,2");
        walk.dateProperty().set("11/20/2026");
        walk.aidProperty().set("cane");
        assertThat(walk.record()).isTrue();
        assertThat(store.walkTests().of(ben.id())).singleElement().satisfies(t -> {
            assertThat(t.time()).isEqualTo(Duration.ofMillis(5_200));
            assertThat(t.aid()).isEqualTo("cane");
        });
        assertThat(walk.latest()).isEqualTo("Latest: 5.2 s on 11/20/2026, slower than the cut-off of 4.5 s \u00b7 "
                + "community-dwelling older adults (Carter): raised fall risk.");
        walk.cutoffProperty().set(Cutoff.PARKINSONS_POLO_FERRERO);
        assertThat(walk.latest()).startsWith("Latest: 5.2 s on 11/20/2026, within the cut-off of 5.5 s");
        assertThat(store.settings().walkTestCutoff(ben.id())).contains(Cutoff.PARKINSONS_POLO_FERRERO);
        model.edit(ben); // shown again: the choice is remembered
        assertThat(walk.cutoffProperty().get()).isEqualTo(Cutoff.PARKINSONS_POLO_FERRERO);

        assertThat(walk.correct()).isFalse();                              // nothing chosen yet
        assertThat(walk.correctErrorProperty().get()).isEqualTo("Choose the result to correct in the list above.");
        walk.chosenProperty().set(walk.results().get(0));
        walk.correctSecondsProperty().set("4,9");
        assertThat(walk.correct()).isFalse();
        assertThat(walk.correctErrorProperty().get()).isEqualTo("A correction needs who makes it and why.");
        walk.correctAuthorProperty().set("Ana");
        walk.correctReasonProperty().set("stopwatch read wrongly");
        assertThat(walk.correct()).isTrue();
        assertThat(walk.line(walk.results().get(0)))
                .isEqualTo("11/20/2026 \u00b7 4.9 s \u00b7 aid: cane (corrected from 5.2 s by Ana: stopwatch read wrongly)");
        assertThat(walk.latest()).startsWith("Latest: 4.9 s on 11/20/2026, within the cut-off of 5.5 s");
    }

    @Test
    void aPastSessionOpensWithItsSummaryAndAmendments() throws Exception {
        Client ben = store.clients().list(true).get(0);
        var knee = StarterPlans.all(k -> k).get(3);
        try (var journal = store.startJournal()) {
            journal.open(new SessionOpening(1, Optional.of(ben.id()), Optional.of(knee.id()),
                    Optional.empty(), knee.plan(), "Ana", SessionContext.anonymous(), Instant.now()));
            var clock = new FakeClock();
            var engine = new SessionEngine(knee.plan(), SessionContext.anonymous(), clock,
                    Clock.systemUTC());
            engine.addListener(e -> journal.append(1, e));
            engine.handle(new Command.Start());
            engine.handle(new Command.ConfirmPromptedSpeed());
            clock.advanceSeconds(40);
            engine.handle(new Command.End("knee sore"));
            journal.seal(1, SummaryCalculator.summarise(knee.plan(),
                    SessionContext.anonymous(), engine.events(), clock.now()));
            journal.awaitWritten(Duration.ofSeconds(5));
        }
        store.sessions().amend(1, "Dr Ana", "typed in the wrong field", Correction.of(
                CorrectedField.PAIN_AFTER, "2"));
        model.edit(ben);
        assertThat(model.history()).hasSize(1);
        assertThat(model.historyCells(model.history().get(0))[8]).isEqualTo("\u2014 \u2192 2 *"); // the corrected figure, marked
        model.open(model.history().get(0));
        SessionDetail open = model.openSessionProperty().get();
        assertThat(open.summary().activeTime()).isEqualTo(Duration.ofSeconds(40));
        assertThat(open.summary().endReason()).contains("knee sore");
        assertThat(open.summary().painAfter()).hasValue(2);
        CorrectionViewModel form = model.corrections();
        assertThat(form.line(open.amendments().get(0)))
                .endsWith("Dr Ana: Pain after the start changed from \u201c\u2014\u201d to \u201c2\u201d because typed in the wrong field");

        form.targetProperty().set(form.targets().get(0));        // pain before: none was recorded
        assertThat(form.targets().get(0).label()).isEqualTo("Pain before the start");
        assertThat(form.fromProperty().get()).isEqualTo("\u2014");
        form.toProperty().set("3");
        assertThat(form.amend()).isFalse();                      // no reason, no name: nothing is added
        assertThat(form.errorProperty().get()).isEqualTo("A correction needs what it corrects, why, and your name.");
        form.whyProperty().set("asked before the start, not written down");
        form.whoProperty().set("Ben (physio)");
        form.toProperty().set("eleven");
        assertThat(form.amend()).isFalse();                      // not a score: said, nothing added
        assertThat(form.errorProperty().get()).startsWith("\u201celeven\u201d is not a score.");
        form.toProperty().set("3");
        form.whoProperty().set("Ben\u202e (physio)");
        assertThat(form.amend()).isFalse();                      // a name that hides what it says: refused
        assertThat(form.errorProperty().get()).startsWith("The text holds control characters");
        form.whoProperty().set("Ben (physio)");
        form.whyProperty().set("x".repeat(2001));
        assertThat(form.amend()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("Why and your name are at most 2,000 characters each.");
        form.whyProperty().set("asked before the start, not written down");
        assertThat(form.amend()).isTrue();
        assertThat(model.openSessionProperty().get().amendments()).hasSize(2);  // shown beside the original at once
        assertThat(model.openSessionProperty().get().summary().painBefore()).hasValue(3);
        assertThat(store.sessions().events(1)).isEqualTo(open.events());         // the session itself is untouched
        assertThat(form.toProperty().get()).isEmpty();
        assertThat(form.fromProperty().get()).isEqualTo("3");                    // the value now, for the next correction

        form.toProperty().set("3");
        form.whyProperty().set("to be sure");
        assertThat(form.amend()).isFalse();                      // the same again changes nothing: refused
        assertThat(form.errorProperty().get()).isEqualTo("That is already the value: nothing to correct.");

        model.open(null);
        assertThat(model.openSessionProperty().get()).isNull();
    }
}
