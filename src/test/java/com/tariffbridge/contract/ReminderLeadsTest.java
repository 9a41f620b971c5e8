package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderLeadsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReminderLeads LEADS = new ReminderLeads(List.of(30, 7, 1), LONDON);

    /** Alice's contract: ends at the start of 1 January 2027, London time. */
    private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"2026-12-02, 30", "2026-12-25, 7", "2026-12-31, 1"})
    void eachLeadIsDueOnItsDay(LocalDate asOf, int lead) {
        assertThat(LEADS.dueLead(END, asOf)).hasValue(lead);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-27, 7", "2026-12-10, 30", "2026-12-30, 7"})
    void aLateRunSendsTheNearestLeadOnly(LocalDate asOf, int lead) {
        assertThat(LEADS.dueLead(END, asOf)).hasValue(lead);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-01", "2027-01-01", "2027-01-02", "2026-06-01"})
    void nothingIsDueOutsideTheLeadsOrOnceTheContractHasEnded(LocalDate asOf) {
        assertThat(LEADS.dueLead(END, asOf)).isEmpty();
    }

    @Test
    void sevenDaysAcrossTheSpringChangeAreSevenCalendarDaysNotHours() {
        // Clocks go forward on 28 March 2027: 22 March to 29 March is 167 hours, still 7 days.
        Instant end = LocalDate.of(2027, 3, 29).atStartOfDay(LONDON).toInstant();
        assertThat(LEADS.dueLead(end, LocalDate.of(2027, 3, 22))).hasValue(7);
        assertThat(LEADS.dueLead(end, LocalDate.of(2027, 3, 21))).hasValue(30);
    }

    @Test
    void sevenDaysAcrossTheAutumnChangeAreSevenCalendarDaysNotHours() {
        // Clocks go back on 25 October 2026: 20 to 27 October is 169 hours, still 7 days.
        Instant end = LocalDate.of(2026, 10, 27).atStartOfDay(LONDON).toInstant();
        assertThat(LEADS.dueLead(end, LocalDate.of(2026, 10, 20))).hasValue(7);
        assertThat(LEADS.dueLead(end, LocalDate.of(2026, 10, 26))).hasValue(1);
    }

    @Test
    void anEndJustAfterLocalMidnightInSummerIsThatLocalDay() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        assertThat(LEADS.endDay(Instant.parse("2027-06-30T23:30:00Z")))
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(LEADS.endDay(Instant.parse("2027-01-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @ParameterizedTest
    @CsvSource({
        // just after the spring change (01:00 UTC): 01:30 UTC is 02:30 BST on the 29th
        "2026-03-29T01:30:00Z, 2026-03-29",
        // the evening before the autumn change: 23:30 UTC is 00:30 BST on the 25th
        "2026-10-24T23:30:00Z, 2026-10-25",
        // after the autumn change: 23:30 UTC is 23:30 GMT, still the 25th
        "2026-10-25T23:30:00Z, 2026-10-25"
    })
    void todayIsTheProvidersCalendarDayAtTheClocksInstant(Instant now, LocalDate today) {
        assertThat(LEADS.today(Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(today);
    }

    @Test
    void theWindowCoversTomorrowToTheLongestLeadInLocalDays() {
        LocalDate asOf = LocalDate.of(2026, 10, 20);
        assertThat(LEADS.windowStart(asOf)).isEqualTo(Instant.parse("2026-10-20T23:00:00Z"));
        assertThat(LEADS.windowEnd(asOf)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void leadsAreSortedAndMustBePositive() {
        assertThat(new ReminderLeads(List.of(7, 30, 1, 7), LONDON).days())
                .containsExactly(1, 7, 30);
        assertThatThrownBy(() -> new ReminderLeads(List.of(0, -3), LONDON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextReminderIsTheDueLeadUntilItIsQueuedThenTheNextSmallerOnItsDay() {
        LocalDate asOf = LocalDate.of(2026, 12, 10);
        assertThat(LEADS.nextLead(END, asOf, Set.of())).hasValue(30);
        assertThat(LEADS.dayOf(30, END, asOf)).isEqualTo(asOf);
        assertThat(LEADS.nextLead(END, asOf, Set.of(30))).hasValue(7);
        assertThat(LEADS.dayOf(7, END, asOf)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(LEADS.nextLead(END, LocalDate.of(2026, 12, 25), Set.of(30, 7))).hasValue(1);
        assertThat(LEADS.nextLead(END, LocalDate.of(2026, 12, 31), Set.of(30, 7, 1))).isEmpty();
        assertThat(LEADS.nextLead(END, LocalDate.of(2027, 1, 1), Set.of())).isEmpty();
    }
}
