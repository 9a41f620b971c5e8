package com.tariffbridge.sandbox;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the sandbox (its API, knobs and pages) out of a server unless {@code sandbox.enabled} is
 * true. A disabled sandbox answers a bare 404, so nothing tells a visitor that it exists.
 */
@WebFilter(filterName = "sandboxGate", urlPatterns = "/*", asyncSupported = true)
public class SandboxGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            // setStatus, not sendError: sendError would render the application's error page.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }
}
