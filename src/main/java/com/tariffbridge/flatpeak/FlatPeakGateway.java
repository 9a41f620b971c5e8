package com.tariffbridge.flatpeak;

import com.tariffbridge.flatpeak.client.AuthCaptureRequest;
import com.tariffbridge.flatpeak.client.CaptureResponse;
import com.tariffbridge.flatpeak.client.ConsentCaptureRequest;
import com.tariffbridge.flatpeak.client.FlatPeakConnectApi;
import com.tariffbridge.flatpeak.client.SessionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
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

    @Inject
    @RestClient
    FlatPeakConnectApi api;

    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = {FlatPeakUnavailableException.class,
            TimeoutException.class}, abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public SessionContext fetchSession(ConnectToken token) {
        SessionResponse response = call(() -> api.session(token.value()));
        if (response == null || response.data() == null || response.data().account() == null
                || response.data().urls() == null || response.data().urls().connectWebUri() == null
                || response.data().account().id() == null) {
            throw new FlatPeakUnavailableException("FlatPeak answered a session without account or urls");
        }
        var a = response.data().account();
        var account = new FlatPeakAccount(a.id(), a.displayName() == null ? a.id() : a.displayName(), a.logoUrl(),
                a.termsUrl(), a.privacyUrl(), a.supportUrl());
        return new SessionContext(token, account, response.data().urls().connectWebUri(),
                !Boolean.FALSE.equals(response.liveMode()));
    }

    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = {FlatPeakUnavailableException.class,
            TimeoutException.class}, abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public void dismiss(ConnectToken token, ConsentDecision decision) {
        if (decision == ConsentDecision.AUTH_CAPTURE) {
            throw new IllegalArgumentException("a consent is delivered with captureAuth");
        }
        expectAccepted(call(() -> api.consentCapture(token.value(), new ConsentCaptureRequest(decision.name()))));
    }

    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = {FlatPeakUnavailableException.class,
            TimeoutException.class}, abortOn = ConnectTokenRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = ConnectTokenRejectedException.class)
    public void captureAuth(ConnectToken token, AuthCapture capture) {
        var tokens = capture.tokens();
        var supply = capture.supply();
        var address = supply.address();
        var term = supply.term();
        var body = new AuthCaptureRequest(
                new AuthCaptureRequest.AuthData(tokens.accessToken(), tokens.refreshToken(), "Bearer",
                        rfc3339(tokens.accessExpiresAt()), capture.tokenUrl(), capture.tariffUrl(),
                        supply.reference()),
                new AuthCaptureRequest.PostalAddress(address.line1(), address.line2(), address.city(),
                        address.state(), address.postCode(), address.countryCode()),
                new AuthCaptureRequest.ContractTerm(rfc3339(term.start()), rfc3339(term.end())),
                capture.termsUrl());
        expectAccepted(call(() -> api.authCapture(token.value(), body)));
    }

    private static String rfc3339(Instant instant) {
        return instant == null ? null : RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void expectAccepted(CaptureResponse response) {
        if (response == null || !"accepted".equalsIgnoreCase(response.status())) {
            throw new FlatPeakUnavailableException("FlatPeak did not accept the decision: "
                    + (response == null ? "empty answer" : response.status()));
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new FlatPeakUnavailableException("FlatPeak could not be reached: " + e.getMessage(), e);
        }
    }
}
