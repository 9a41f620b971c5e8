package com.tariffbridge.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.flatpeak.ConsentDecision;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectStateTest {

    /**
     * Every (state, event) pair with the state it must lead to; an empty third column means the
     * event finds no transition and changes nothing.
     */
    private static final String TRANSITIONS =
            """
            STARTED,           SIGNED_IN,     AUTHENTICATED
            STARTED,           SUPPLY_CHOSEN,
            STARTED,           ALLOWED,
            STARTED,           DENIED,
            STARTED,           CANCELLED,     DISMISSED_LOGIN
            STARTED,           TIMED_OUT,     EXPIRED
            AUTHENTICATED,     SIGNED_IN,
            AUTHENTICATED,     SUPPLY_CHOSEN, SUPPLY_CHOSEN
            AUTHENTICATED,     ALLOWED,
            AUTHENTICATED,     DENIED,
            AUTHENTICATED,     CANCELLED,     DISMISSED_LOGIN
            AUTHENTICATED,     TIMED_OUT,     EXPIRED
            SUPPLY_CHOSEN,     SIGNED_IN,
            SUPPLY_CHOSEN,     SUPPLY_CHOSEN,
            SUPPLY_CHOSEN,     ALLOWED,       CONSENTED
            SUPPLY_CHOSEN,     DENIED,        DISMISSED_CONSENT
            SUPPLY_CHOSEN,     CANCELLED,     DISMISSED_CONSENT
            SUPPLY_CHOSEN,     TIMED_OUT,     EXPIRED
            CONSENTED,         SIGNED_IN,
            CONSENTED,         SUPPLY_CHOSEN,
            CONSENTED,         ALLOWED,
            CONSENTED,         DENIED,
            CONSENTED,         CANCELLED,
            CONSENTED,         TIMED_OUT,
            DISMISSED_LOGIN,   SIGNED_IN,
            DISMISSED_LOGIN,   SUPPLY_CHOSEN,
            DISMISSED_LOGIN,   ALLOWED,
            DISMISSED_LOGIN,   DENIED,
            DISMISSED_LOGIN,   CANCELLED,
            DISMISSED_LOGIN,   TIMED_OUT,
            DISMISSED_CONSENT, SIGNED_IN,
            DISMISSED_CONSENT, SUPPLY_CHOSEN,
            DISMISSED_CONSENT, ALLOWED,
            DISMISSED_CONSENT, DENIED,
            DISMISSED_CONSENT, CANCELLED,
            DISMISSED_CONSENT, TIMED_OUT,
            EXPIRED,           SIGNED_IN,
            EXPIRED,           SUPPLY_CHOSEN,
            EXPIRED,           ALLOWED,
            EXPIRED,           DENIED,
            EXPIRED,           CANCELLED,
            EXPIRED,           TIMED_OUT,
            FAILED,            SIGNED_IN,
            FAILED,            SUPPLY_CHOSEN,
            FAILED,            ALLOWED,
            FAILED,            DENIED,
            FAILED,            CANCELLED,
            FAILED,            TIMED_OUT,
            """;

    private static final Set<ConnectState> TERMINAL =
            EnumSet.of(
                    ConnectState.CONSENTED,
                    ConnectState.DISMISSED_LOGIN,
                    ConnectState.DISMISSED_CONSENT,
                    ConnectState.EXPIRED,
                    ConnectState.FAILED);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(textBlock = TRANSITIONS)
    void eachEventLeadsExactlyWhereTheTableSays(
            ConnectState from, ConnectEvent event, ConnectState expected) {
        assertThat(from.on(event)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void transitionTableCoversEveryStateAndEventPair() {
        Set<String> listed = new HashSet<>();
        TRANSITIONS
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(
                        line -> {
                            String[] cells = line.split(",");
                            listed.add(cells[0].strip() + "/" + cells[1].strip());
                        });
        Set<String> all = new HashSet<>();
        for (ConnectState state : ConnectState.values()) {
            for (ConnectEvent event : ConnectEvent.values()) {
                all.add(state + "/" + event);
            }
        }
        assertThat(listed).isEqualTo(all);
    }

    @ParameterizedTest
    @EnumSource(
            value = ConnectState.class,
            names = {"STARTED", "AUTHENTICATED"})
    void cancelBeforeTheConsentStepDismissesTheLogin(ConnectState beforeConsent) {
        assertThat(beforeConsent.on(ConnectEvent.CANCELLED)).contains(ConnectState.DISMISSED_LOGIN);
    }

    @Test
    void cancelOnTheConsentStepDismissesTheConsent() {
        assertThat(ConnectState.SUPPLY_CHOSEN.on(ConnectEvent.CANCELLED))
                .contains(ConnectState.DISMISSED_CONSENT);
    }

    @Test
    void replayedAllowFindsNoTransition() {
        ConnectState consented = ConnectState.SUPPLY_CHOSEN.on(ConnectEvent.ALLOWED).orElseThrow();

        assertThat(consented.on(ConnectEvent.ALLOWED)).isEmpty();
    }

    @Test
    void allowBeforeChoosingASupplyFindsNoTransition() {
        assertThat(ConnectState.AUTHENTICATED.on(ConnectEvent.ALLOWED)).isEmpty();
        assertThat(ConnectState.STARTED.on(ConnectEvent.ALLOWED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConnectState.class)
    void terminalStatesAcceptNoEventAndOpenStatesAcceptSome(ConnectState state) {
        boolean acceptsAnyEvent =
                EnumSet.allOf(ConnectEvent.class).stream().anyMatch(e -> state.on(e).isPresent());

        assertThat(state.isTerminal()).isEqualTo(TERMINAL.contains(state));
        assertThat(acceptsAnyEvent).isEqualTo(!state.isTerminal());
    }

    @ParameterizedTest
    @EnumSource(
            value = ConnectState.class,
            names = {"STARTED", "AUTHENTICATED", "SUPPLY_CHOSEN"})
    void everyOpenStateExpiresOnTimeout(ConnectState open) {
        assertThat(open.on(ConnectEvent.TIMED_OUT)).contains(ConnectState.EXPIRED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            textBlock =
                    """
            STARTED,
            AUTHENTICATED,
            SUPPLY_CHOSEN,
            CONSENTED,         AUTH_CAPTURE
            DISMISSED_LOGIN,   DISMISS_LOGIN
            DISMISSED_CONSENT, DISMISS_CONSENT
            EXPIRED,
            FAILED,
            """)
    void decisionTellsFlatPeakOnlyAboutTheCustomersAnswer(
            ConnectState state, ConsentDecision expected) {
        assertThat(state.decision()).isEqualTo(Optional.ofNullable(expected));
    }
}
