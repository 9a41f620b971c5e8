package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectFlowService;
import com.tariffbridge.connect.ConnectState;
import com.tariffbridge.connect.SignInStep;
import com.tariffbridge.flatpeak.FlatPeakAccount;
import com.tariffbridge.identity.IdentityProvider;
import com.tariffbridge.platform.i18n.Messages;
import com.tariffbridge.platform.web.Branding;
import com.tariffbridge.platform.web.PageMessages;
import com.tariffbridge.platform.web.SessionFixation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * The sign-in step: email and password (with retry and lockout), or in {@code oidc} mode a button
 * to the provider's IdP; cancel either way.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ConnectFlowService flows;

    @Inject FlowGuard guard;

    @Inject FlowNavigator navigator;

    @Inject Clock clock;

    @Inject Messages msg;

    @Inject IdentityProvider identity;

    @Inject Branding provider;

    private FlatPeakAccount account;
    private String email;
    // Read and used within the one request that posts it; never written to the session store.
    private transient String password;
    private boolean locked;

    public void open() {
        guard.require(ConnectState.STARTED)
                .ifPresent(id -> account = flows.flow(id).orElseThrow().account());
    }

    public String signIn() {
        var flowId = guard.flowId();
        if (flowId.isEmpty()) {
            return FlowNavigator.NO_FLOW + "?faces-redirect=true";
        }
        SignInStep step = flows.signIn(flowId.getAsLong(), email, password);
        password = null;
        if (step instanceof SignInStep.Proceed proceed) {
            SessionFixation.renewIdOfFacesRequest();
            return navigator.outcomeFor(proceed.next());
        }
        if (step instanceof SignInStep.LockedOut lockedOut) {
            locked = true;
            long minutes = lockedOut.lock().minutesLeft(clock.instant());
            PageMessages.error(msg.text("login.locked", minutes, account.displayName()));
            return null;
        }
        if (step instanceof SignInStep.NoBillingAccount) {
            return IdpReturnServlet.NO_ACCOUNT + "?faces-redirect=true";
        }
        if (step instanceof SignInStep.Unavailable) {
            PageMessages.error(msg.text("login.unavailable", provider.getName()));
            return null;
        }
        if (step instanceof SignInStep.NotExpectedStep notExpected) {
            return navigator.outcomeFor(notExpected.current());
        }
        PageMessages.error(msg.text("login.wrong"));
        return null;
    }

    public FlatPeakAccount getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether customers sign in at the provider's IdP, so the page offers a button, not a form. */
    public boolean isAtIdp() {
        return identity.atIdp();
    }

    public boolean isLocked() {
        return locked;
    }
}
