package com.tariffbridge.connect;

import com.tariffbridge.flatpeak.ConsentDecision;
import java.util.Optional;

/**
 * The steps of a connect flow. Each POST names an event; only the transitions below exist, so a
 * replayed or out-of-order request finds no transition and changes nothing.
 *
 * <pre>
 * STARTED --SIGNED_IN--> AUTHENTICATED --SUPPLY_CHOSEN--> SUPPLY_CHOSEN --ALLOWED--> CONSENTED
 * STARTED, AUTHENTICATED --CANCELLED--> DISMISSED_LOGIN
 * SUPPLY_CHOSEN --DENIED or CANCELLED--> DISMISSED_CONSENT
 * any open state --TIMED_OUT--> EXPIRED
 * </pre>
 */
public enum ConnectState {
    STARTED,
    AUTHENTICATED,
    SUPPLY_CHOSEN,
    CONSENTED,
    DISMISSED_LOGIN,
    DISMISSED_CONSENT,
    EXPIRED,
    FAILED;

    public Optional<ConnectState> on(ConnectEvent event) {
        ConnectState next =
                switch (this) {
                    case STARTED ->
                            switch (event) {
                                case SIGNED_IN -> AUTHENTICATED;
                                case CANCELLED -> DISMISSED_LOGIN;
                                case TIMED_OUT -> EXPIRED;
                                default -> null;
                            };
                    case AUTHENTICATED ->
                            switch (event) {
                                case SUPPLY_CHOSEN -> SUPPLY_CHOSEN;
                                case CANCELLED -> DISMISSED_LOGIN;
                                case TIMED_OUT -> EXPIRED;
                                default -> null;
                            };
                    case SUPPLY_CHOSEN ->
                            switch (event) {
                                case ALLOWED -> CONSENTED;
                                case DENIED, CANCELLED -> DISMISSED_CONSENT;
                                case TIMED_OUT -> EXPIRED;
                                default -> null;
                            };
                    default -> null;
                };
        return Optional.ofNullable(next);
    }

    public boolean isTerminal() {
        return this == CONSENTED
                || this == DISMISSED_LOGIN
                || this == DISMISSED_CONSENT
                || this == EXPIRED
                || this == FAILED;
    }

    /** The decision FlatPeak must hear about for this outcome, if any. */
    public Optional<ConsentDecision> decision() {
        return switch (this) {
            case CONSENTED -> Optional.of(ConsentDecision.AUTH_CAPTURE);
            case DISMISSED_LOGIN -> Optional.of(ConsentDecision.DISMISS_LOGIN);
            case DISMISSED_CONSENT -> Optional.of(ConsentDecision.DISMISS_CONSENT);
            default -> Optional.empty();
        };
    }
}
