package com.tariffbridge.sandbox;

import static com.tariffbridge.sandbox.SandboxFixtures.ACME;
import static com.tariffbridge.sandbox.SandboxFixtures.authCaptureBody;
import static com.tariffbridge.sandbox.SandboxFixtures.dismissConsent;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.platform.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SandboxOutcomeTest {

    private final SandboxConnectTokens tokens =
            new SandboxConnectTokens(
                    new MutableClock(Instant.parse("2025-06-01T10:00:00Z")), Duration.ofHours(24));

    @Test
    void capturedTokenShowsConnectedWithTheSupplyAndShortenedTokens() {
        var token = tokens.mint(ACME, "http://localhost:9080/sandbox/outcome.xhtml");
        tokens.decide(
                token.value(), SandboxDecision.authCapture(authCaptureBody("at_0123456789abcdef")));

        var outcome = SandboxOutcome.of(token.value(), tokens);

        assertThat(outcome.isConnected()).isTrue();
        assertThat(outcome.supplyPoint()).isEqualTo("MPAN-1200023305961");
        assertThat(outcome.tariffUrl()).isEqualTo("http://localhost:9080/api/v1/tariff");
        assertThat(outcome.tokenExpiresAt()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(outcome.accessTokenHint()).isEqualTo("at_01234…");
        assertThat(outcome.refreshTokenHint()).isEqualTo("rt_01234…");
    }

    @Test
    void dismissedTokenShowsNotConnectedWithTheDecision() {
        var token = tokens.mint(ACME, "http://localhost:9080/sandbox/outcome.xhtml");
        tokens.decide(token.value(), dismissConsent());

        var outcome = SandboxOutcome.of(token.value(), tokens);

        assertThat(outcome.isNotConnected()).isTrue();
        assertThat(outcome.status()).isEqualTo(SandboxTokenStatus.DISMISS_CONSENT);
        assertThat(outcome.getReason()).contains("DISMISS_CONSENT");
    }

    @Test
    void malformedOrUnknownTokenIsUnknown() {
        assertThat(SandboxOutcome.of("cot_000000000000000000000000", tokens).isUnknown()).isTrue();
        assertThat(SandboxOutcome.of("<script>", tokens).isUnknown()).isTrue();
        assertThat(SandboxOutcome.of(null, tokens).isUnknown()).isTrue();
    }

    @Test
    void shortSecretsAreNotShownAtAll() {
        assertThat(SandboxOutcome.hint("12345678")).isEqualTo("…");
        assertThat(SandboxOutcome.hint(null)).isEqualTo("…");
    }
}
