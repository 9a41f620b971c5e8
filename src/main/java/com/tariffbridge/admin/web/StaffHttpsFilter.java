package com.tariffbridge.admin.web;

import com.tariffbridge.platform.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code admin.https-only} (the default), staff pages and {@code /admin/api} answer only over
 * HTTPS: a staff password, a staff session cookie and the audit log never cross the network in
 * clear. Over plain HTTP a page GET is sent to the same page under the public URL when that is
 * HTTPS, and anything else is refused ({@code 403}, on the API the problem {@code https_required}).
 * A request counts as HTTPS when it came over TLS, or from one of {@code throttle.trusted-proxies}
 * saying {@code X-Forwarded-Proto: https} (a load balancer that ends TLS). Declared in web.xml,
 * mapped to {@code /admin/*}. The container checks the API's Basic credentials before any filter,
 * so a script that sends them over HTTP is refused after that one request, and has to be fixed.
 */
public class StaffHttpsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "admin.https-only", defaultValue = "true")
    boolean httpsOnly;

    @Inject
    @ConfigProperty(name = "throttle.trusted-proxies")
    Optional<List<String>> trustedProxies;

    @Inject PublicUrl publicUrl;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!httpsOnly
                || secure(
                        request.isSecure(),
                        request.getRemoteAddr(),
                        request.getHeader("X-Forwarded-Proto"),
                        Set.copyOf(trustedProxies.orElse(List.of())))) {
            chain.doFilter(request, response);
            return;
        }
        String path =
                request.getServletPath()
                        + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("Cache-Control", "no-store");
        if (path.equals("/admin/api") || path.startsWith("/admin/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                    + "\"code\":\"https_required\",\"detail\":\"The staff API answers over HTTPS only.\"}");
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && publicUrl.base().toLowerCase(Locale.ROOT).startsWith("https://")) {
            // The public URL, never the Host header, which the client chooses.
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", publicUrl.resolve(path));
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * Whether the client reached us over HTTPS: directly over TLS, or through one of our proxies
     * that ended TLS and says so in its first {@code X-Forwarded-Proto} value.
     */
    static boolean secure(
            boolean overTls, String remote, String forwardedProto, Set<String> trustedProxies) {
        if (overTls) {
            return true;
        }
        if (forwardedProto == null || !trustedProxies.contains(remote)) {
            return false;
        }
        return forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }
}
