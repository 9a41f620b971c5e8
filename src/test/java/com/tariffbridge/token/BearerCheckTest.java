package com.tariffbridge.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearerCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @ParameterizedTest(name = "token {0}, expires {1}, grant {2} ({3}) -> {4}")
    @CsvSource(
            nullValues = "null",
            textBlock =
                    """
            ACTIVE,  2026-11-27T10:00:01Z, ACTIVE,  null,                  null
            ACTIVE,  2026-11-27T10:00:00Z, ACTIVE,  null,                  TOKEN_EXPIRED
            ACTIVE,  2026-11-26T10:00:00Z, ACTIVE,  null,                  TOKEN_EXPIRED
            REVOKED, 2026-11-28T10:00:00Z, ACTIVE,  null,                  TOKEN_REVOKED
            SPENT,   2026-11-28T10:00:00Z, ACTIVE,  null,                  TOKEN_REVOKED
            ACTIVE,  2026-11-28T10:00:00Z, REVOKED, customer revoked,      CONSENT_REVOKED
            REVOKED, 2026-11-26T10:00:00Z, REVOKED, contract ended,        CONSENT_REVOKED
            ACTIVE,  2026-11-28T10:00:00Z, REVOKED, client: /oauth/revoke, TOKEN_REVOKED
            ACTIVE,  2026-11-28T10:00:00Z, REVOKED, null,                  CONSENT_REVOKED
            """)
    void refusesForTheReasonFlatPeakMustActOn(
            String token,
            Instant expires,
            String grant,
            String reason,
            BearerResult.Code expected) {
        String why =
                reason != null && reason.startsWith("client:")
                        ? TokenRevocation.BY_CLIENT + reason.substring(7)
                        : reason;

        assertThat(BearerCheck.refusal(token, expires, grant, why, NOW).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            textBlock =
                    """
            null, false
            tbat_short, false
            tbrt_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG, false
            tbat_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG, true
            """)
    void onlyTokensShapedLikeOurAccessTokensAreLookedUp(String token, boolean plausible) {
        assertThat(BearerCheck.plausible(token)).isEqualTo(plausible);
    }
}
