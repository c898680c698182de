package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.store.HistoryRow;

class ProgressDataTest {

    private static HistoryRow session(String day, int activeMinutes, double handsFreeKmh, Integer painBefore, Integer painAfter) {
        return session(day, activeMinutes, handsFreeKmh, painBefore, painAfter, null, 3);
    }

    private static HistoryRow session(String day, int activeMinutes, double handsFreeKmh, Integer painBefore, Integer painAfter,
                                      Integer rpe, int perWeek) {
        return new HistoryRow(1, Instant.parse(day + "T10:00:00Z"), "Knee", 1, TreadmillMode.POWERED,
                Optional.of(Duration.ofMinutes(activeMinutes)), Optional.of(Duration.ofMinutes(activeMinutes - 1)),
                Optional.of(Speed.ofKmh(handsFreeKmh)), Optional.of(Speed.ofKmh(handsFreeKmh)),
                Optional.ofNullable(painBefore), Optional.ofNullable(painAfter), Optional.of(SessionEnded.Ending.COMPLETED), 0,
                Optional.ofNullable(rpe), perWeek, true, Set.of());
    }

    /** The case: a 5 s and a 35 s start are on the record, but they are not sessions done. */
    @Test
    void startsThatDidNotRunAreNotCountedAsSessionsDone() {
        HistoryRow ran = session("2026-11-02", 10, 2.0, 4, 4, null, 2);
        HistoryRow fiveSeconds = new HistoryRow(2, Instant.parse("2026-11-03T10:00:00Z"), "Knee", 1, TreadmillMode.POWERED,
                Optional.of(Duration.ofSeconds(5)), Optional.of(Duration.ZERO), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(SessionEnded.Ending.ENDED_EARLY), 0, Optional.empty(), 2, false, Set.of());
        ProgressData data = ProgressData.of(List.of(ran, fiveSeconds), ZoneOffset.UTC);
        assertThat(data.weeks()).singleElement().satisfies(w -> assertThat(w.sessions()).isEqualTo(1));
        assertThat(data.adherence()).isEqualTo(new ProgressData.Adherence(1, 2));
    }

    @Test
    void adherenceCountsSessionsAgainstThePlanAndAnExtraSessionDoesNotMakeUpForAMissedWeek() {
        // Plan: 2 a week. Week of 2 Nov: 3 sessions (one extra). Week of 9 Nov: none. Week of 16 Nov: 1.
        List<HistoryRow> history = List.of(session("2026-11-18", 10, 2.5, 2, 2, 5, 2),
                session("2026-11-06", 10, 2.2, 3, 3, 6, 2), session("2026-11-04", 10, 2.2, 3, 3, 7, 2),
                session("2026-11-02", 10, 2.0, 4, 4, null, 2));
        ProgressData data = ProgressData.of(history, ZoneOffset.UTC);
        assertThat(data.weeks()).extracting(ProgressData.Week::sessions, ProgressData.Week::intended)
                .containsExactly(Tuple.tuple(3, 2), Tuple.tuple(0, 2),
                        Tuple.tuple(1, 2));
        assertThat(data.adherence()).isEqualTo(new ProgressData.Adherence(3, 6));
        assertThat(data.adherence().percent()).isEqualTo(50);
        assertThat(data.sessions()).extracting(ProgressData.Point::rpe)
                .containsExactly(Optional.empty(), Optional.of(7), Optional.of(6), Optional.of(5));
    }

    @Test
    void minutesAddUpByWeekAndAWeekWithoutSessionsShowsAsZero() {
        // Newest first, as history lists them: Mon 2 Nov and Fri 6 Nov, nothing the week of 9 Nov, then Wed 18 Nov.
        List<HistoryRow> history = List.of(session("2026-11-18", 12, 2.6, 2, 1), session("2026-11-06", 10, 2.2, 4, 3),
                session("2026-11-02", 8, 2.0, 5, 5));
        ProgressData data = ProgressData.of(history, ZoneOffset.UTC);
        assertThat(data.weeks()).extracting(ProgressData.Week::monday, ProgressData.Week::activeMinutes, ProgressData.Week::sessions)
                .containsExactly(Tuple.tuple(LocalDate.of(2026, 11, 2), 18.0, 2),
                        Tuple.tuple(LocalDate.of(2026, 11, 9), 0.0, 0),
                        Tuple.tuple(LocalDate.of(2026, 11, 16), 12.0, 1));
        assertThat(data.sessions()).extracting(ProgressData.Point::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 18));
        assertThat(data.sessions().get(2).painAfter()).contains(1);
        assertThat(ProgressData.of(List.of(), ZoneOffset.UTC).weeks()).isEmpty();
    }
}
