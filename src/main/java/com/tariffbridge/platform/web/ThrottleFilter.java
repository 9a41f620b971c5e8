package com.tariffbridge.platform.web;

import com.tariffbridge.platform.i18n.Languages;
import com.tariffbridge.platform.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per client address, at most {@code throttle.sign-in.per-minute} form POSTs to the customer
 * sign-in pages (each may cost a PBKDF2 hash) and {@code throttle.connect.per-minute} starts of
 * {@code GET /connect} (each costs a FlatPeak call). Answering before the servlet runs is what
 * keeps a flood of made-up {@code cot_} tokens from opening the FlatPeak circuit breaker for real
 * customers. The public catalogue ({@code throttle.public.per-minute}) is throttled too. A refused
 * request gets 429 with Retry-After and a short page in the customer's language (a problem on the
 * API). Declared in web.xml after the body-limit and malformed-query filters (so reading the
 * language parameter is safe), mapped to exactly these paths.
 */
public class ThrottleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> SIGN_IN_PAGES =
            Set.of("/connect/login.xhtml", "/account/sign-in.xhtml");
    static final String CONNECT_ENTRY = "/connect";
    // Each return from the IdP costs a call to its token endpoint and one to billing.
    static final Set<String> IDP_RETURNS = Set.of("/connect/signed-in", "/account/signed-in");
    // Public reads without credentials: cheap each, but a database query that anyone can repeat.
    static final Set<String> PUBLIC_READS =
            Set.of("/api/v1/tariff-products", "/tariffs", "/tariffs.xhtml");

    @Inject
    @ConfigProperty(name = "throttle.sign-in.per-minute", defaultValue = "10")
    int signInPerMinute;

    @Inject
    @ConfigProperty(name = "throttle.connect.per-minute", defaultValue = "20")
    int connectPerMinute;

    /** The default stands when no container injects it (the unit tests). */
    @Inject
    @ConfigProperty(name = "throttle.public.per-minute", defaultValue = "120")
    int publicPerMinute = 120;

    @Inject
    @ConfigProperty(name = "throttle.max-clients", defaultValue = "10000")
    int maxClients;

    @Inject
    @ConfigProperty(name = "throttle.trusted-proxies")
    Optional<List<String>> trustedProxies;

    @Inject Clock clock;

    @Inject Languages languages;

    @Inject MessageBundles bundles;

    private transient Throttle signIn;
    private transient Throttle connect;
    private transient Throttle publicReads;

    @Override
    public void init() {
        signIn = new Throttle(signInPerMinute, maxClients, clock);
        connect = new Throttle(connectPerMinute, maxClients, clock);
        publicReads = new Throttle(publicPerMinute, maxClients, clock);
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throttle throttle = throttleFor(request.getMethod(), request.getServletPath());
        if (throttle != null) {
            String client =
                    clientAddress(
                            request.getRemoteAddr(),
                            request.getHeader("X-Forwarded-For"),
                            Set.copyOf(trustedProxies.orElse(List.of())));
            OptionalLong retryAfter = throttle.take(client);
            if (retryAfter.isPresent()) {
                refuse(request, response, retryAfter.getAsLong());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The throttle a request counts against, or null for every other request. */
    Throttle throttleFor(String method, String servletPath) {
        if ("POST".equals(method) && SIGN_IN_PAGES.contains(servletPath)) {
            return signIn;
        }
        if ("GET".equals(method) && CONNECT_ENTRY.equals(servletPath)) {
            return connect;
        }
        if ("GET".equals(method) && IDP_RETURNS.contains(servletPath)) {
            return signIn;
        }
        if ("GET".equals(method) && PUBLIC_READS.contains(servletPath)) {
            return publicReads;
        }
        return null;
    }

    /**
     * The remote address, unless it is one of the trusted proxies: then the nearest X-Forwarded-For
     * hop that is not a trusted proxy (the rightmost entries are the ones our proxies appended; the
     * leftmost are whatever the client chose to send).
     */
    static String clientAddress(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                    + "\"code\":\"too_many_requests\",\"detail\":\"Too many requests from "
                                    + "this address; try again after Retry-After seconds.\"}");
            return;
        }
        Locale locale = languages.getCurrent();
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(
                        page(
                                locale.toLanguageTag(),
                                request.getContextPath(),
                                bundles.text(locale, "error.tooManyRequests.title"),
                                bundles.text(locale, "error.tooManyRequests.lead")));
    }

    /**
     * A plain page like error/problem.html: no Faces view, so a refused form POST restores none.
     */
    static String page(String lang, String contextPath, String title, String lead) {
        return "<!DOCTYPE html>\n<html lang=\""
                + escape(lang)
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\""
                + escape(contextPath)
                + "/jakarta.faces.resource/css/app.css.xhtml\">\n</head>\n<body>\n"
                + "<main id=\"main\" class=\"card\">\n<h1 id=\"too-many-requests\">"
                + escape(title)
                + "</h1>\n<p class=\"lead\">"
                + escape(lead)
                + "</p>\n</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
