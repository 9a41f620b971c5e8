package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.token.GrantQueries;
import com.tariffbridge.token.GrantRow;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The confirmation step of revoking a connection: shows whose it is and asks for the reason. */
@Named
@ViewScoped
public class RevokeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject GrantQueries grants;

    @Inject StaffActions actions;

    @Inject StaffSession staff;

    private String grant;
    private GrantRow row;
    private String reason;

    public void load() {
        try {
            row = grants.find(Long.parseLong(grant == null ? "" : grant.strip())).orElse(null);
        } catch (NumberFormatException e) {
            row = null;
        }
    }

    public String revoke() {
        if (row == null || !row.isActive()) {
            return "/admin/connections?faces-redirect=true";
        }
        if (reason == null || reason.isBlank()) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "revoke:reason",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    "Please give the reason; it goes into the audit log.",
                                    null));
            return null;
        }
        actions.revokeConnection(staff.getName(), row.id(), reason);
        return "/admin/connections?faces-redirect=true&revoked="
                + row.id()
                + "&q="
                + java.net.URLEncoder.encode(
                        row.supplyPoint(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public GrantRow getRow() {
        return row;
    }

    public String getGrant() {
        return grant;
    }

    public void setGrant(String grant) {
        this.grant = grant;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
