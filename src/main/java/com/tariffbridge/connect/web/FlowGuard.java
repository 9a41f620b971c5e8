package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.ConnectState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * Keeps each page to its own step: a page opened out of order (back button, bookmark, a forged link
 * to the consent page) is redirected to the step the flow is really at, and a browser with no flow
 * at all gets the "not valid" page.
 */
@RequestScoped
public class FlowGuard {

    @Inject ConnectFlowHolder holder;

    @Inject ConnectFlowService flows;

    @Inject FlowNavigator navigator;

    /** The flow id when the flow is at {@code expected}; otherwise redirects and answers empty. */
    public OptionalLong require(ConnectState expected) {
        var flowId = holder.current();
        if (flowId.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            navigator.redirect(FlowNavigator.NO_FLOW);
            return OptionalLong.empty();
        }
        ConnectState state = flows.state(flowId.get());
        if (state != expected) {
            navigator.redirect(navigator.pageFor(state));
            return OptionalLong.empty();
        }
        return OptionalLong.of(flowId.get());
    }

    /** The current flow id, for actions that check the step themselves in the service. */
    public OptionalLong flowId() {
        return holder.current().map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
