package org.retrotread.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.Store;

/** The client screen's logic without a window, on a real SQLite file (the service answers at once). */
class ClientsViewModelTest {

    @TempDir
    Path dir;
    private Store store;
    private ClientsViewModel model;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("retrotread.db"));
        store.clients().add(Client.named("Ben Okafor"));
        model = new ClientsViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), new ClientsService() {
            public void overview(Consumer<List<ClientOverview>> done) {
                done.accept(unchecked(() -> store.clients().overview(true, Instant.EPOCH)));
            }

            public void history(long clientId, Consumer<List<HistoryRow>> done) {
                done.accept(unchecked(() -> store.sessions().history(clientId)));
            }

            public void save(Client client, Consumer<Client> done, Consumer<String> failed) {
                done.accept(unchecked(() -> {
                    if (client.id() == 0) {
                        return store.clients().add(client);
                    }
                    store.clients().update(client);
                    return client;
                }));
            }
        });
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
        assertThat(model.dateErrorProperty().get()).startsWith("Type a date such as");
        assertThat(model.massErrorProperty().get()).isEqualTo("Body mass must be from 10 to 400 kg.");
        assertThat(model.speedErrorProperty().get()).contains("\u201cfast\u201d is not a speed");
        model.dateOfBirthProperty().set("2999-01-01");
        model.save();
        assertThat(model.dateErrorProperty().get()).isEqualTo("A date of birth cannot be in the future.");
        assertThat(store.clients().list(true)).hasSize(1);
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
        assertThat(saved.maxSpeed().orElseThrow().kmh()).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-9));

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
}
