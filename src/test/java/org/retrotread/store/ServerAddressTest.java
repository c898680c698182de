package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A clinic server's address as PostgreSQL writes it, never with a password; and its schema at the laptop's version. */
class ServerAddressTest {

    @Test
    void theServerSchemaIsAtTheLaptopsVersion() {
        assertThat(Migration.latest(Migration.SERVER)).isEqualTo(Migration.latest(Migration.ALL));
    }

    @Test
    void anAddressNeverCarriesAPasswordAndReadsAsPostgreSQLWritesIt() {
        assertThat(ClinicServer.jdbcUrl("postgresql://db.clinic.local:5433/retrotread?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.clinic.local:5433/retrotread?sslmode=require");
        assertThat(ClinicServer.jdbcUrl("postgres://ana@db/retrotread")).isEqualTo("jdbc:postgresql://db/retrotread?user=ana");
        assertThat(ClinicServer.label("postgresql://ana@db:5433/retrotread")).isEqualTo("db:5433/retrotread");
        for (String bad : new String[] {"postgresql://ana:secret@db/retrotread", "postgresql://db/retrotread?password=secret",
            "mysql://db/retrotread", "postgresql://db", "not an address", ""}) {
            assertThatThrownBy(() -> ClinicServer.jdbcUrl(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
