package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.DecisionDeliveryService;
import com.tariffbridge.connect.DeliveryResult;
import com.tariffbridge.token.TokenPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * After a terminal step: tell FlatPeak, then send the browser back to FlatPeak (303). When the
 * decision cannot be delivered right now the finish page explains and offers a retry.
 */
@ApplicationScoped
public class DecisionHandOff {

    /** A double click's second request waits this long for the first one's PUT. */
    private static final Duration DOUBLE_CLICK_PATIENCE = Duration.ofSeconds(10);

    @Inject DecisionDeliveryService deliveries;

    @Inject ConnectFlowService flows;

    @Inject FlowNavigator navigator;

    /** Returns a Faces outcome, or null when the response is already a redirect to FlatPeak. */
    public String handOff(long flowId, Optional<TokenPair> freshTokens) {
        if (!flows.state(flowId).isTerminal()) {
            return navigator.outcomeFor(flows.state(flowId));
        }
        DeliveryResult result = deliveries.deliver(flowId, freshTokens);
        if (result instanceof DeliveryResult.Pending) {
            result = deliveries.awaitSettled(flowId, DOUBLE_CLICK_PATIENCE);
        }
        if (result instanceof DeliveryResult.Delivered delivered) {
            navigator.leaveTo(delivered.returnUri());
            return null;
        }
        return FlowNavigator.FINISH + "?faces-redirect=true";
    }
}
