package com.tariffbridge.sandbox.billing;

import com.tariffbridge.sandbox.SandboxOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What stands before every sandbox billing API call: the API key, a simulated outage (503 for a
 * while; ends by itself), a simulated slowness (a delay before each answer) and a simulated broken
 * answer (every JSON body cut off halfway, a complete HTTP message with incomplete JSON).
 */
@ApplicationScoped
public class BillingKnobs {

    static final long MAX_LATENCY_MILLIS = 60_000;

    private final AtomicLong latencyMillis = new AtomicLong();
    private final AtomicBoolean cutOff = new AtomicBoolean();
    private SandboxOutage outage;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "sandbox.billing.api-key", defaultValue = "sandbox-billing-key")
    String apiKey;

    @jakarta.annotation.PostConstruct
    void init() {
        outage = new SandboxOutage(clock);
    }

    SandboxOutage outage() {
        return outage;
    }

    void latency(long millis) {
        if (millis < 0 || millis > MAX_LATENCY_MILLIS) {
            throw new IllegalArgumentException(
                    "millis must be between 0 and " + MAX_LATENCY_MILLIS + ".");
        }
        latencyMillis.set(millis);
    }

    long latency() {
        return latencyMillis.get();
    }

    void cutOff(boolean on) {
        cutOff.set(on);
    }

    boolean acceptsKey(String authorization) {
        String expected = "Bearer " + apiKey;
        return authorization != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        authorization.getBytes(StandardCharsets.UTF_8));
    }

    /** Sleeps for the simulated slowness; an interrupted sleep just answers sooner. */
    void delay() {
        long millis = latencyMillis.get();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** API key first would tell an attacker nothing; a real outage answers before checking keys. */
    Response answer(String authorization, java.util.function.Supplier<Response> call) {
        var outage = outage().remaining();
        if (outage.isPresent()) {
            return Response.fromResponse(
                            BillingWire.error(
                                    503,
                                    "service_unavailable",
                                    "Billing is temporarily unavailable (sandbox outage)."))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, outage.get().toSeconds()))
                    .build();
        }
        if (!acceptsKey(authorization)) {
            return Response.fromResponse(
                            BillingWire.error(401, "unauthorized", "A valid API key is required."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"billing sandbox\"")
                    .build();
        }
        delay();
        Response answer = call.get();
        if (cutOff.get() && answer.getEntity() instanceof String body) {
            return Response.fromResponse(answer)
                    .entity(body.substring(0, body.length() / 2))
                    .build();
        }
        return answer;
    }
}
