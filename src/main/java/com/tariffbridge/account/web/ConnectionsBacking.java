package com.tariffbridge.account.web;

import com.tariffbridge.account.Connection;
import com.tariffbridge.account.ConnectionsService;
import com.tariffbridge.platform.i18n.Messages;
import com.tariffbridge.platform.web.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The connections page. {@code ?revoke=<id>} (or {@code all}) shows the confirmation step; the
 * confirmed target is kept in the view on the server, and the service checks ownership again.
 */
@Named
@ViewScoped
public class ConnectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SIGN_IN = "/account/sign-in?faces-redirect=true";
    static final String SELF = "/account/connections?faces-redirect=true";

    @Inject AccountSession account;

    @Inject ConnectionsService connections;

    @Inject Messages msg;

    private String revoke;
    private List<Connection> list = List.of();
    private Connection confirming;
    private boolean confirmingAll;

    public String open() throws java.io.IOException {
        if (account.customerId().isEmpty()) {
            // A plain redirect: navigation from a view action would also touch the flash cookie
            // (JSF1095).
            var context = FacesContext.getCurrentInstance().getExternalContext();
            context.redirect(context.getRequestContextPath() + "/account/sign-in.xhtml");
            return null;
        }
        list = connections.of(account.customerId().getAsLong());
        String notice = account.takeNotice();
        if (notice != null) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, notice);
        }
        if (revoke != null) {
            confirmingAll = "all".equals(revoke) && !list.isEmpty();
            confirming =
                    list.stream()
                            .filter(c -> String.valueOf(c.grantId()).equals(revoke))
                            .findFirst()
                            .orElse(null);
            if (!confirmingAll && confirming == null) {
                PageMessages.show(FacesMessage.SEVERITY_WARN, msg.text("connections.notYours"));
            }
        }
        return null;
    }

    public String revokeConfirmed() {
        if (account.customerId().isEmpty()) {
            return SIGN_IN;
        }
        long customerId = account.customerId().getAsLong();
        if (confirmingAll) {
            int revoked = connections.revokeAll(customerId);
            account.notice(msg.text("connections.revokedAll", revoked));
        } else if (confirming != null) {
            var revoked = connections.revoke(customerId, confirming.grantId());
            account.notice(
                    revoked.isPresent()
                            ? msg.text("connections.revoked", confirming.accountName())
                            : msg.text("connections.alreadyRevoked"));
        }
        return SELF;
    }

    public String getRevoke() {
        return revoke;
    }

    public void setRevoke(String revoke) {
        this.revoke = revoke;
    }

    public List<Connection> getList() {
        return list;
    }

    public Connection getConfirming() {
        return confirming;
    }

    public boolean isConfirmingAll() {
        return confirmingAll;
    }

    /** "27 Nov 2026" (in the reader's language), or the given words when there is no date. */
    public String day(Instant instant, String otherwise) {
        return instant == null ? otherwise : msg.date(instant);
    }

    public String getCustomerName() {
        return account.getDisplayName();
    }
}
