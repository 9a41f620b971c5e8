package com.tariffbridge.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secure defaults on every response. Pages open inside companion apps, so nothing may frame them,
 * no script or style comes from elsewhere, and no referrer (which would carry the connect token)
 * leaks to a logo host. Form posts may end in a redirect to FlatPeak, so form-action lists the
 * allowed FlatPeak hosts too.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private String contentSecurityPolicy;

    @Inject
    @ConfigProperty(name = "flatpeak.redirect.allowed-hosts")
    List<String> allowedRedirectOrigins;

    @Inject
    @ConfigProperty(name = "identity.provider")
    String identityProvider;

    @Inject
    @ConfigProperty(name = "identity.oidc.discovery-uri")
    Optional<String> idpDiscovery;

    @Override
    public void init() {
        contentSecurityPolicy =
                "default-src 'self'; img-src 'self' https: data:; style-src 'self'; "
                        + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                        + "form-action 'self' "
                        + String.join(" ", allowedRedirectOrigins)
                        + idpOrigin();
    }

    /**
     * Signing out of the account area posts a form that ends at the IdP's logout endpoint, which
     * lives beside its discovery document; browsers block that redirect unless form-action names
     * it.
     */
    private String idpOrigin() {
        if (!"oidc".equalsIgnoreCase(identityProvider.strip()) || idpDiscovery.isEmpty()) {
            return "";
        }
        try {
            var uri = URI.create(idpDiscovery.get().strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return " "
                    + uri.getScheme()
                    + "://"
                    + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(
                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // Pages show personal data and carry one-time flow state; only static resources may be
        // cached.
        // Endpoints with their own caching rules (the tariff API's ETag) override this.
        if (!request.getRequestURI()
                .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
