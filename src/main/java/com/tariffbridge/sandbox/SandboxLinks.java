package com.tariffbridge.sandbox;

import com.tariffbridge.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The absolute addresses the sandbox hands out, all under the configured public URL. */
@ApplicationScoped
public class SandboxLinks {

    @Inject PublicUrl publicUrl;

    /** Our authentication URI, which FlatPeak echoes as {@code urls.redirect_uri}. */
    public String redirectUri() {
        return publicUrl.resolve("/connect");
    }

    public String authenticationUri(String connectToken) {
        return redirectUri() + "?connect_token=" + connectToken;
    }

    /** Where the provider sends the browser back: the sandbox's stand-in for FlatPeak's page. */
    public String outcomePage() {
        return publicUrl.resolve("/sandbox/outcome.xhtml");
    }

    public String tokenStatus(String connectToken) {
        return publicUrl.resolve("/sandbox/flatpeak/connect/tokens/" + connectToken);
    }

    public SandboxAccount acmeAccount() {
        return SandboxAccount.acme(publicUrl);
    }
}
