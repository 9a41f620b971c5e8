package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The cancel button of every step (sign-in, supply point, consent): FlatPeak is told the customer
 * cancelled and the browser goes back to the device maker's app. The service decides whether the
 * flow can still be cancelled: one that has already ended hands off the decision it ended with.
 */
@Named
@RequestScoped
public class FlowCancelBacking {

    @Inject ConnectFlowService flows;

    @Inject FlowGuard guard;

    @Inject DecisionHandOff handOff;

    public String cancel() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        flows.cancel(flowId.getAsLong());
        return handOff.handOff(flowId.getAsLong(), Optional.empty());
    }
}
