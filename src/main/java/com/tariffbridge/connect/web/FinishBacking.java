package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.DecisionDeliveryService;
import com.tariffbridge.connect.DeliveryResult;
import com.tariffbridge.flatpeak.FlatPeakAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * The last page, seen only when FlatPeak could not be told at once: the decision is kept and sent
 * later; the customer can try again now.
 */
@Named
@ViewScoped
public class FinishBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ConnectFlowService flows;

    @Inject DecisionDeliveryService deliveries;

    @Inject FlowGuard guard;

    @Inject FlowNavigator navigator;

    @Inject DecisionHandOff handOff;

    private FlatPeakAccount account;
    private boolean refused;

    public void open() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            navigator.redirect(FlowNavigator.NO_FLOW);
            return;
        }
        var flow = flows.flow(flowId.getAsLong());
        if (flow.isEmpty() || !flow.get().getState().isTerminal()) {
            navigator.redirect(navigator.pageFor(flows.state(flowId.getAsLong())));
            return;
        }
        account = flow.get().account();
        DeliveryResult result = deliveries.awaitSettled(flowId.getAsLong(), Duration.ZERO);
        if (result instanceof DeliveryResult.Delivered delivered) {
            navigator.leaveTo(delivered.returnUri());
        }
        refused =
                result instanceof DeliveryResult.Refused
                        || result instanceof DeliveryResult.NothingToDeliver;
    }

    public String retry() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        return handOff.handOff(flowId.getAsLong(), Optional.empty());
    }

    public FlatPeakAccount getAccount() {
        return account;
    }

    public boolean isRefused() {
        return refused;
    }
}
