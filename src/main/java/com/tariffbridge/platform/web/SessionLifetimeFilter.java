package com.tariffbridge.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An absolute lifetime for every session beside the container's idle timeout: a session kept alive
 * by steady use (a staff tab left polling, a stolen cookie replayed) still ends {@code
 * session.max-lifetime} after it began. The request then goes on without it, as if it had expired,
 * and signed out of the container too, so no single sign-on cookie starts a new staff session in
 * its place. Declared in web.xml right after the body and query checks, so it runs before the staff
 * pages' door ({@code StaffPagesFilter}) and the very first request past the lifetime is refused.
 */
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "session.max-lifetime", defaultValue = "PT8H")
    Duration maxLifetime;

    /**
     * Whether a session created at {@code created} has outlived {@code maxLifetime} at {@code now}.
     */
    static boolean outlived(Instant created, Instant now, Duration maxLifetime) {
        return !created.plus(maxLifetime).isAfter(now);
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null) {
            try {
                if (outlived(
                        Instant.ofEpochMilli(session.getCreationTime()),
                        Instant.now(),
                        maxLifetime)) {
                    session.invalidate();
                    request.logout();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // another request ended it meanwhile: nothing left to end
            }
        }
        chain.doFilter(request, response);
    }
}
