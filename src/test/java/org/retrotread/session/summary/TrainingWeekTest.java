package org.retrotread.session.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TrainingWeekTest {

    @Test
    void aWeekRunsMondayToSunday() {
        assertThat(TrainingWeek.startOf(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 11, 30)); // a Wednesday
        assertThat(TrainingWeek.startOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(TrainingWeek.startOf(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30)); // Sunday
        assertThat(TrainingWeek.firstStartFrom(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TrainingWeek.firstStartFrom(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theWeekBeginsAtMidnightInTheClinicsZoneNotInUtc() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin: a new week there.
        Instant lateSunday = Instant.parse("2026-12-06T23:30:00Z");
        assertThat(TrainingWeek.startOf(lateSunday, berlin)).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(TrainingWeek.startOf(lateSunday, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }
}
