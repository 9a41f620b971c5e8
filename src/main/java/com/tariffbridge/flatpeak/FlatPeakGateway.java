package com.tariffbridge.flatpeak;

import com.tariffbridge.flatpeak.client.AuthCaptureRequest;
import com.tariffbridge.flatpeak.client.CaptureResponse;
import com.tariffbridge.flatpeak.client.ConsentCaptureRequest;
import com.tariffbridge.flatpeak.client.FlatPeakConnectApi;
import com.tariffbridge.flatpeak.client.SessionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls FlatPeak and translates between its wire format and our types. Every call is bounded: a
 * short timeout (the customer is waiting on a phone), one or two retries for transient failures,
 * and a circuit breaker so an outage fails fast instead of piling up threads. A 4xx is final and
 * never retried.
 */
@ApplicationScoped
public class FlatPeakGateway {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    /** Well-formed but never issued: FlatPeak can only answer "unknown token" to it. */
    static final String PROBE_TOKEN = "cot_000000000000000000000000";

    static final Metadata CALL_TIMER =
            Metadata.builder()
                    .withName("tariffbridge.flatpeak.calls")
                    .withDescription(
                            "Time of each HTTP exchange with FlatPeak, by operation and outcome")
                    .build();

    @Inject @RestClient FlatPeakConnectApi api;

    @Inject MetricRegistry metrics;

    @Timeout(4000)
    @Retry(
            maxRetries = 1,
            delay = 200,
            jitter = 100,
            retryOn = {FlatPeakUnavailableException.class, TimeoutException.class},
            abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 5000,
            successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public SessionContext fetchSession(ConnectToken token) {
        SessionResponse response = call("session", () -> api.session(token.value()));
        if (response == null
                || response.data() == null
                || response.data().account() == null
                || response.data().urls() == null
                || response.data().urls().connectWebUri() == null
                || response.data().account().id() == null) {
            throw new FlatPeakUnavailableException(
                    "FlatPeak answered a session without account or urls");
        }
        var a = response.data().account();
        var account =
                new FlatPeakAccount(
                        a.id(),
                        a.displayName() == null ? a.id() : a.displayName(),
                        a.logoUrl(),
                        a.termsUrl(),
                        a.privacyUrl(),
                        a.supportUrl());
        return new SessionContext(
                token,
                account,
                response.data().urls().connectWebUri(),
                !Boolean.FALSE.equals(response.liveMode()));
    }

    @Timeout(4000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            jitter = 100,
            retryOn = {FlatPeakUnavailableException.class, TimeoutException.class},
            abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 5000,
            successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public void dismiss(ConnectToken token, ConsentDecision decision) {
        if (decision == ConsentDecision.AUTH_CAPTURE) {
            throw new IllegalArgumentException("a consent is delivered with captureAuth");
        }
        expectAccepted(
                call(
                        "consent_capture",
                        () ->
                                api.consentCapture(
                                        token.value(),
                                        new ConsentCaptureRequest(decision.name()))));
    }

    @Timeout(4000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            jitter = 100,
            retryOn = {FlatPeakUnavailableException.class, TimeoutException.class},
            abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 5000,
            successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public void captureAuth(ConnectToken token, AuthCapture capture) {
        var tokens = capture.tokens();
        var supply = capture.supply();
        var address = supply.address();
        var term = supply.term();
        var body =
                new AuthCaptureRequest(
                        new AuthCaptureRequest.AuthData(
                                tokens.accessToken(),
                                tokens.refreshToken(),
                                "Bearer",
                                rfc3339(tokens.accessExpiresAt()),
                                capture.tokenUrl(),
                                capture.tariffUrl(),
                                supply.reference()),
                        new AuthCaptureRequest.PostalAddress(
                                address.line1(),
                                address.line2(),
                                address.city(),
                                address.state(),
                                address.postCode(),
                                address.countryCode()),
                        new AuthCaptureRequest.ContractTerm(
                                rfc3339(term.start()), rfc3339(term.end())),
                        capture.termsUrl());
        expectAccepted(call("auth_capture", () -> api.authCapture(token.value(), body)));
    }

    private static String rfc3339(Instant instant) {
        return instant == null
                ? null
                : RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void expectAccepted(CaptureResponse response) {
        if (response == null || !"accepted".equalsIgnoreCase(response.status())) {
            throw new FlatPeakUnavailableException(
                    "FlatPeak did not accept the decision: "
                            + (response == null ? "empty answer" : response.status()));
        }
    }

    /**
     * Whether FlatPeak's API answers us right now, for readiness. It asks about a connect token
     * FlatPeak never issued: "unknown token" (any 4xx) proves the API is up and takes our
     * credentials; 401/403, 5xx or no answer does not. No retry and no circuit breaker, so the
     * answer is the truth of this moment and probes never open the circuit customers depend on.
     */
    public FlatPeakReachability probe() {
        try {
            call("probe", () -> api.session(PROBE_TOKEN));
            return FlatPeakReachability.up();
        } catch (ConnectTokenRejectedException expected) {
            return FlatPeakReachability.up();
        } catch (FlatPeakUnavailableException e) {
            return FlatPeakReachability.down(e.getMessage());
        }
    }

    /**
     * One HTTP exchange with FlatPeak, timed per operation and outcome (each retry is its own
     * exchange).
     */
    private <T> T call(String operation, Supplier<T> request) {
        long started = System.nanoTime();
        String outcome = "unavailable";
        try {
            T answer = request.get();
            outcome = "ok";
            return answer;
        } catch (ConnectTokenRejectedException e) {
            outcome = "rejected";
            throw e;
        } catch (ProcessingException e) {
            throw new FlatPeakUnavailableException(
                    "FlatPeak could not be reached: " + ConnectToken.redact(e.getMessage()), e);
        } finally {
            metrics.timer(CALL_TIMER, new Tag("operation", operation), new Tag("outcome", outcome))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
