package com.tariffbridge.sandbox;

import static com.tariffbridge.sandbox.SandboxFixtures.ACME;
import static com.tariffbridge.sandbox.SandboxFixtures.authCaptureBody;
import static com.tariffbridge.sandbox.SandboxFixtures.dismissConsent;
import static com.tariffbridge.sandbox.SandboxFixtures.dismissLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tariffbridge.platform.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SandboxConnectTokensTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final String OUTCOME = "http://localhost:9080/sandbox/outcome.xhtml";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    private final SandboxConnectTokens tokens = new SandboxConnectTokens(clock, TTL);

    @Test
    void mintedTokenIsPendingForTheGivenAccount() {
        var token = tokens.mint(ACME, OUTCOME);

        assertThat(tokens.find(token.value()))
                .hasValueSatisfying(
                        found -> {
                            assertThat(found.status()).isEqualTo(SandboxTokenStatus.PENDING);
                            assertThat(found.account()).isEqualTo(ACME);
                            assertThat(found.connectWebUri()).isEqualTo(OUTCOME);
                            assertThat(found.authCapture()).isNull();
                            assertThat(found.sessionFetches()).isZero();
                        });
    }

    @Test
    void pendingTokenOpensASessionAsOftenAsAskedAndCountsEachFetch() {
        var token = tokens.mint(ACME, OUTCOME);

        tokens.openSession(token.value());
        var opened = tokens.openSession(token.value());

        assertThat(opened.sessionFetches()).isEqualTo(2);
        assertThat(tokens.find(token.value()).orElseThrow().sessionFetches()).isEqualTo(2);
    }

    @Test
    void unknownTokenIsRefusedAsUnknown() {
        assertRefused(
                () -> tokens.openSession("cot_000000000000000000000000"), TokenRefusal.UNKNOWN);
        assertRefused(
                () -> tokens.decide("cot_000000000000000000000000", dismissLogin()),
                TokenRefusal.UNKNOWN);
        assertRefused(() -> tokens.openSession(null), TokenRefusal.UNKNOWN);
    }

    @Test
    void tokenIsExpiredOnceItIsAsOldAsItsTimeToLive() {
        var token = tokens.mint(ACME, OUTCOME);
        clock.advance(TTL.minusSeconds(1));
        tokens.openSession(token.value());

        clock.advance(Duration.ofSeconds(1));

        assertRefused(() -> tokens.openSession(token.value()), TokenRefusal.EXPIRED);
        assertRefused(() -> tokens.decide(token.value(), dismissLogin()), TokenRefusal.EXPIRED);
        assertThat(tokens.find(token.value()).orElseThrow().status())
                .isEqualTo(SandboxTokenStatus.PENDING);
    }

    @Test
    void decidedTokenCannotOpenASessionAgain() {
        var token = tokens.mint(ACME, OUTCOME);
        tokens.openSession(token.value());
        tokens.decide(token.value(), dismissConsent());

        assertRefused(() -> tokens.openSession(token.value()), TokenRefusal.ALREADY_DECIDED);
    }

    @Test
    void refusedSessionFetchesAreCountedToo() {
        var token = tokens.mint(ACME, OUTCOME);
        tokens.decide(token.value(), dismissLogin());

        assertRefused(() -> tokens.openSession(token.value()), TokenRefusal.ALREADY_DECIDED);

        assertThat(tokens.find(token.value()).orElseThrow().sessionFetches()).isEqualTo(1);
    }

    @Test
    void everyAcceptedDecisionRequestIsCountedSoARetriedDeliveryShows() {
        var token = tokens.mint(ACME, OUTCOME);
        assertThat(token.decisions()).isZero();

        tokens.decide(token.value(), dismissLogin());
        assertThat(tokens.find(token.value()).orElseThrow().decisions()).isEqualTo(1);

        tokens.decide(token.value(), dismissLogin());
        assertThat(tokens.find(token.value()).orElseThrow().decisions()).isEqualTo(2);
    }

    @Test
    void authCaptureIsRecordedWithTheBodyAsReceived() {
        var token = tokens.mint(ACME, OUTCOME);
        var body = authCaptureBody("at_0123456789abcdef");

        var decided = tokens.decide(token.value(), SandboxDecision.authCapture(body));

        assertThat(decided.status()).isEqualTo(SandboxTokenStatus.AUTH_CAPTURED);
        assertThat(tokens.find(token.value()).orElseThrow().authCapture()).isSameAs(body);
    }

    @Test
    void repeatedIdenticalDecisionIsAccepted() {
        var token = tokens.mint(ACME, OUTCOME);
        var first = tokens.decide(token.value(), dismissLogin());

        var repeated = tokens.decide(token.value(), dismissLogin());

        assertThat(repeated.status()).isEqualTo(first.status());
        assertThat(repeated.authCapture()).isEqualTo(first.authCapture());
    }

    @Test
    void repeatedIdenticalAuthCaptureIsAcceptedEvenAfterTheTokenExpired() {
        var token = tokens.mint(ACME, OUTCOME);
        tokens.decide(
                token.value(), SandboxDecision.authCapture(authCaptureBody("at_0123456789abcdef")));
        clock.advance(TTL.plusHours(1));

        var repeated =
                tokens.decide(
                        token.value(),
                        SandboxDecision.authCapture(authCaptureBody("at_0123456789abcdef")));

        assertThat(repeated.status()).isEqualTo(SandboxTokenStatus.AUTH_CAPTURED);
    }

    @Test
    void differentDecisionAfterOneWasRecordedConflictsAndChangesNothing() {
        var token = tokens.mint(ACME, OUTCOME);
        tokens.decide(token.value(), dismissLogin());

        assertRefused(
                () -> tokens.decide(token.value(), dismissConsent()),
                TokenRefusal.CONFLICTING_DECISION);
        assertRefused(
                () ->
                        tokens.decide(
                                token.value(),
                                SandboxDecision.authCapture(
                                        authCaptureBody("at_0123456789abcdef"))),
                TokenRefusal.CONFLICTING_DECISION);
        assertThat(tokens.find(token.value()).orElseThrow().status())
                .isEqualTo(SandboxTokenStatus.DISMISS_LOGIN);
    }

    @Test
    void repeatedAuthCaptureWithFreshCredentialsReplacesTheRecordedOnes() {
        var token = tokens.mint(ACME, OUTCOME);
        tokens.decide(
                token.value(),
                SandboxDecision.authCapture(authCaptureBody("at_first000000000000")));

        var repeated =
                tokens.decide(
                        token.value(),
                        SandboxDecision.authCapture(authCaptureBody("at_second00000000000")));

        assertThat(repeated.authCapture().getJsonObject("auth_data").getString("access_token"))
                .isEqualTo("at_second00000000000");
        assertThat(
                        tokens.find(token.value())
                                .orElseThrow()
                                .authCapture()
                                .getJsonObject("auth_data")
                                .getString("access_token"))
                .isEqualTo("at_second00000000000");
    }

    @Test
    void tokensLongPastTheirLifetimeAreForgottenWhenTheNextIsMinted() {
        var old = tokens.mint(ACME, OUTCOME);
        clock.advance(TTL.plusDays(2));

        var fresh = tokens.mint(ACME, OUTCOME);

        assertThat(tokens.find(old.value())).isEmpty();
        assertThat(tokens.find(fresh.value())).isPresent();
    }

    @Test
    void timeToLiveMustBePositive() {
        assertThatThrownBy(() -> new SandboxConnectTokens(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(ThrowingCallable call, TokenRefusal refusal) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        TokenRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
