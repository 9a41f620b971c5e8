package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.ConnectState;
import com.tariffbridge.contract.SupplyOption;
import com.tariffbridge.flatpeak.FlatPeakAccount;
import com.tariffbridge.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Choosing which supply to share; with none, says there is no active electricity contract. */
@Named
@ViewScoped
public class SupplyChoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ConnectFlowService flows;

    @Inject FlowGuard guard;

    @Inject Messages msg;

    @Inject FlowNavigator navigator;

    private FlatPeakAccount account;
    private List<SupplyOption> options = List.of();
    private Long selected;

    public void open() {
        guard.require(ConnectState.AUTHENTICATED)
                .ifPresent(
                        id -> {
                            account = flows.flow(id).orElseThrow().account();
                            options = flows.supplyOptions(id);
                        });
    }

    public String choose() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        if (selected == null) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "supply:choice",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    msg.text("supply.required"),
                                    null));
            return null;
        }
        return navigator.outcomeFor(flows.chooseSupply(flowId.getAsLong(), selected));
    }

    public FlatPeakAccount getAccount() {
        return account;
    }

    public List<SupplyOption> getOptions() {
        return options;
    }

    public boolean isNoContract() {
        return options.isEmpty();
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }
}
