package com.tariffbridge.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The demo device maker's app: "Connect my tariff" gets a connect token (as the app would from
 * FlatPeak) and opens our authentication URI with it.
 */
@Named
@RequestScoped
public class CompanionAppBacking {

    @Inject SandboxConnectTokens tokens;

    @Inject SandboxLinks links;

    public String connect() throws IOException {
        var token = tokens.mint(links.acmeAccount(), links.outcomePage());
        // The authentication URI as FlatPeak hands it out: the product is another application,
        // not under this WAR's context root.
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect(links.authenticationUri(token.value()));
        return null;
    }
}
