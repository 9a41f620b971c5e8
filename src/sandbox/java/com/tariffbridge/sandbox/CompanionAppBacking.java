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
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // Relative to this server rather than the public URL, so the browser keeps its host and
        // the redirect stays within the page's form-action 'self'.
        external.redirect(
                external.getRequestContextPath() + "/connect?connect_token=" + token.value());
        return null;
    }
}
