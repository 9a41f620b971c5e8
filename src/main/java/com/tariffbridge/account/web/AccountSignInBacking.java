package com.tariffbridge.account.web;

import com.tariffbridge.identity.PasswordSignIn;
import com.tariffbridge.identity.SignInResult;
import com.tariffbridge.platform.i18n.Messages;
import com.tariffbridge.platform.web.PageMessages;
import com.tariffbridge.platform.web.SessionFixation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/** Sign-in to the account area: the same customer store and lockout as the connect flow. */
@Named
@ViewScoped
public class AccountSignInBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONNECTIONS = "/account/connections?faces-redirect=true";

    @Inject PasswordSignIn authenticator;

    @Inject AccountSession account;

    @Inject Clock clock;

    @Inject Messages msg;

    @Inject com.tariffbridge.identity.IdentityProvider identity;

    @Inject com.tariffbridge.platform.web.Branding provider;

    private String email;
    // Read and used within the one request that posts it; never written to the session store.
    private transient String password;

    /** Someone already signed in goes straight to their connections. */
    public String open() {
        return account.customerId().isPresent() ? CONNECTIONS : null;
    }

    public String signIn() {
        SignInResult result = authenticator.signIn(email, password);
        password = null;
        if (result instanceof SignInResult.SignedIn signedIn) {
            SessionFixation.renewIdOfFacesRequest();
            account.signedIn(signedIn.customerId(), signedIn.displayName());
            return CONNECTIONS;
        }
        if (result instanceof SignInResult.Locked locked) {
            PageMessages.error(msg.text("account.locked", locked.minutesLeft(clock.instant())));
            return null;
        }
        if (result instanceof SignInResult.NoBillingAccount) {
            PageMessages.error(msg.text("account.noAccount", provider.getName()));
            return null;
        }
        if (result instanceof SignInResult.Unavailable) {
            PageMessages.error(msg.text("account.idpUnavailable", provider.getName()));
            return null;
        }
        PageMessages.error(msg.text("login.wrong"));
        return null;
    }

    /** Whether customers sign in at the provider's IdP, so the page offers a button, not a form. */
    public boolean isAtIdp() {
        return identity.atIdp();
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
}
