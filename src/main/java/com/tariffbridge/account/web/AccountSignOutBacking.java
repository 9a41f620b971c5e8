package com.tariffbridge.account.web;

import com.tariffbridge.identity.IdentityProvider;
import com.tariffbridge.identity.oidc.IdpSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * The customer's sign-out, a POST from the connections page: ends our session, and the IdP's too
 * where it offers RP-initiated logout, so that the next person at a shared device is asked again.
 */
@Named
@RequestScoped
public class AccountSignOutBacking {

    @Inject AccountSession account;

    @Inject IdentityProvider identity;

    @Inject IdpSignIn idp;

    public String signOut() {
        String idToken = account.idToken();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        Optional<URI> atIdp =
                identity.atIdp() && idToken != null
                        ? idp.signOutAt(idToken, "/account/signed-out")
                        : Optional.empty();
        if (atIdp.isEmpty()) {
            return "/account/sign-in?faces-redirect=true&signed-out=true";
        }
        try {
            external.redirect(atIdp.get().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }
}
