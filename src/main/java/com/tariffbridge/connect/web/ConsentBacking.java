package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ClientInfo;
import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.ConnectSession;
import com.tariffbridge.connect.ConnectState;
import com.tariffbridge.connect.ConsentView;
import com.tariffbridge.identity.CustomerLanguages;
import com.tariffbridge.platform.i18n.Languages;
import com.tariffbridge.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.logging.Logger;

/** The consent step: what the app will get, Allow, Deny, Cancel. */
@Named
@ViewScoped
public class ConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ConsentBacking.class.getName());

    @Inject ConnectFlowService flows;

    @Inject FlowGuard guard;

    @Inject FlowNavigator navigator;

    @Inject DecisionHandOff handOff;

    @Inject Messages msg;

    @Inject Languages languages;

    @Inject CustomerLanguages customerLanguages;

    private ConsentView view;

    public void open() {
        guard.require(ConnectState.SUPPLY_CHOSEN)
                .ifPresent(id -> view = flows.consentView(id).orElse(null));
    }

    public String allow() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        var request =
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var tokens =
                flows.allow(
                        flowId.getAsLong(),
                        new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent")));
        if (tokens.isPresent()) {
            rememberLanguage(flowId.getAsLong());
        }
        return handOff.handOff(flowId.getAsLong(), tokens);
    }

    /**
     * The reminder mail goes to customers who consented: it speaks the language they consented in.
     * Best effort: the consent is given already, so a failure here must not stop the hand-off.
     */
    private void rememberLanguage(long flowId) {
        try {
            flows.flow(flowId)
                    .map(ConnectSession::getCustomerId)
                    .ifPresent(id -> customerLanguages.remember(id, languages.getCurrent()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Language of connect flow " + flowId + " not recorded: " + e);
        }
    }

    public String deny() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        flows.deny(flowId.getAsLong());
        return handOff.handOff(flowId.getAsLong(), Optional.empty());
    }

    public ConsentView getView() {
        return view;
    }

    /** Contract dates as the customer reads them: calendar days in the provider's time zone. */
    public String getContractStart() {
        return view == null ? "" : msg.date(view.supply().term().start());
    }

    public String getContractEnd() {
        return view == null || view.supply().term().end() == null
                ? ""
                : msg.date(view.supply().term().end());
    }
}
