package com.tariffbridge.connect;

import com.tariffbridge.contract.SupplyPointService;
import com.tariffbridge.flatpeak.AuthCapture;
import com.tariffbridge.flatpeak.ConnectToken;
import com.tariffbridge.flatpeak.ConnectTokenRejectedException;
import com.tariffbridge.flatpeak.ConsentDecision;
import com.tariffbridge.flatpeak.FlatPeakGateway;
import com.tariffbridge.flatpeak.RedirectAllowList;
import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.token.GrantService;
import com.tariffbridge.token.TokenPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells FlatPeak the customer's decision. The consent and its tokens are committed before the PUT.
 * Plaintext tokens exist only in memory, so when the first PUT fails a later attempt mints a fresh
 * pair (revoking the undelivered one) instead of keeping secrets at rest.
 */
@ApplicationScoped
public class DecisionDeliveryService {

    private static final Logger LOG = Logger.getLogger(DecisionDeliveryService.class.getName());

    @Inject DecisionOutbox outbox;

    @Inject ConnectSessionRepository sessions;

    @Inject SupplyPointService supplies;

    @Inject GrantService grants;

    @Inject FlatPeakGateway flatPeak;

    @Inject RedirectAllowList redirects;

    @Inject PublicUrl publicUrl;

    @Inject DeliveryReads reads;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.terms-url")
    String termsUrl;

    /**
     * With back-off capped at 10 minutes, 150 attempts span a little over FlatPeak's 24 h token
     * life.
     */
    @Inject
    @ConfigProperty(name = "connect.decision.max-attempts", defaultValue = "150")
    int maxAttempts;

    /**
     * Delivers now if nobody else is; {@code tokens} are the plaintext pair of a consent made in
     * this very request, absent on retries.
     */
    public DeliveryResult deliver(long flowId, Optional<TokenPair> tokens) {
        var delivery = outbox.find(flowId);
        if (delivery.isEmpty()) {
            return new DeliveryResult.NothingToDeliver();
        }
        if (!outbox.claim(flowId, true)) {
            return settled(flowId);
        }
        return send(flowId, delivery.get().getAction(), tokens, delivery.get().getAttempts() + 1);
    }

    /** Waits briefly for a delivery another request is sending (double click), then reports it. */
    public DeliveryResult awaitSettled(long flowId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        DeliveryResult result = settled(flowId);
        while (isInFlight(flowId) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = settled(flowId);
        }
        return result;
    }

    /** For the housekeeping timer: sends what is due, a bounded batch at a time. */
    public int deliverDue(int limit) {
        int delivered = 0;
        for (long flowId : outbox.due(limit)) {
            var delivery = outbox.find(flowId);
            if (delivery.isPresent() && outbox.claim(flowId, false)) {
                var result =
                        send(
                                flowId,
                                delivery.get().getAction(),
                                Optional.empty(),
                                delivery.get().getAttempts() + 1);
                if (result instanceof DeliveryResult.Delivered) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    private DeliveryResult send(
            long flowId, ConsentDecision action, Optional<TokenPair> fresh, int attempt) {
        var session = sessions.find(flowId).orElseThrow();
        Long grantId = reads.grantOf(flowId);
        try {
            if (action == ConsentDecision.AUTH_CAPTURE) {
                TokenPair tokens = fresh.orElseGet(() -> grants.reissue(grantId));
                var supply =
                        supplies.sharedSupply(session.getCustomerId(), session.getSupplyPointId())
                                .orElseThrow(
                                        () ->
                                                new ConnectTokenRejectedException(
                                                        409, "supply no longer shareable"));
                flatPeak.captureAuth(
                        session.token(),
                        new AuthCapture(
                                tokens,
                                publicUrl.resolve("/oauth/token"),
                                publicUrl.resolve("/api/v1/tariff"),
                                supply,
                                termsUrl));
            } else {
                flatPeak.dismiss(session.token(), action);
            }
        } catch (ConnectTokenRejectedException e) {
            outbox.abandon(flowId, grantId, e.getMessage());
            return new DeliveryResult.Refused();
        } catch (RuntimeException e) {
            if (!ConnectFlowService.isUnavailable(e)) {
                outbox.failed(flowId, attempt, "unexpected: " + e);
                throw e;
            }
            LOG.warning(
                    () ->
                            "Decision for connect session "
                                    + flowId
                                    + " not delivered (attempt "
                                    + attempt
                                    + "): "
                                    + ConnectToken.redact(e.getMessage()));
            if (attempt >= maxAttempts) {
                // FlatPeak's connect token has long expired by now (24 h); the tokens must not
                // outlive it.
                outbox.abandon(
                        flowId, grantId, "FlatPeak unreachable after " + attempt + " attempts");
                return new DeliveryResult.Refused();
            }
            outbox.failed(flowId, attempt, e.getMessage());
            return new DeliveryResult.Pending();
        }
        outbox.delivered(flowId, action == ConsentDecision.AUTH_CAPTURE ? grantId : null);
        return returnTo(session);
    }

    private DeliveryResult settled(long flowId) {
        var delivery = outbox.find(flowId);
        if (delivery.isEmpty()) {
            return new DeliveryResult.NothingToDeliver();
        }
        return switch (delivery.get().getStatus()) {
            case DELIVERED -> returnTo(sessions.find(flowId).orElseThrow());
            case ABANDONED -> new DeliveryResult.Refused();
            default -> new DeliveryResult.Pending();
        };
    }

    private boolean isInFlight(long flowId) {
        return outbox.find(flowId)
                .map(d -> d.getStatus() == DecisionDelivery.Status.SENDING)
                .orElse(false);
    }

    private DeliveryResult returnTo(ConnectSession session) {
        return redirects
                .returnUri(session.getConnectWebUri(), session.token())
                .<DeliveryResult>map(DeliveryResult.Delivered::new)
                .orElseGet(DeliveryResult.Refused::new);
    }
}
