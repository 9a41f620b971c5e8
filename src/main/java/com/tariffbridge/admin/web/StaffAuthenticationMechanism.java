package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffLockout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * How staff prove who they are. Only paths under {@code /admin} are its business; everything
 * else (the tariff API is a hot path, the customer pages have their own sign-in) passes at once.
 * <ul>
 * <li>{@code /admin/api/*}: HTTP Basic on every call, for scripts; no cookie is ever accepted
 * there, so a browser session cannot be ridden by a cross-site request. A missing or wrong
 * password gets 401 with {@code WWW-Authenticate} and a JSON problem.</li>
 * <li>Pages: the branded sign-in form calls {@code SecurityContext.authenticate} with the typed
 * credential; the staff name then lives in the HTTP session, checked by {@link StaffPagesFilter}.</li>
 * </ul>
 * Passwords are checked by the server's user registry through the Jakarta Authentication
 * {@link PasswordValidationCallback}, so the same code works with {@code basicRegistry},
 * {@code ldapRegistry} or a federated registry; customers are never in it.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/admin/sign-in.xhtml";
    static final String REFUSAL = StaffAuthenticationMechanism.class.getName() + ".refusal";
    private static final String REALM = "Basic realm=\"Tariff Bridge staff\", charset=\"UTF-8\"";
    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());

    /** Why a sign-in was refused, for the sign-in page's message. */
    enum Refusal { WRONG_PASSWORD, LOCKED }

    @Inject
    StaffLockout lockout;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getServletPath();
        if (!path.startsWith("/admin")) {
            return context.doNothing();
        }
        if (path.equals("/admin/api") || path.startsWith("/admin/api/")) {
            return basic(request, response, context);
        }
        Credential typed = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (typed instanceof UsernamePasswordCredential form) {
            return check(form.getCaller(), form.getPasswordAsString(), request, context);
        }
        // Pages: StaffPagesFilter sends visitors without a staff session to the sign-in form.
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String[]> credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            return unauthorized(response, "unauthorized",
                    "Staff credentials are required: HTTP Basic with a user of the admin role.");
        }
        String[] namePassword = credentials.get();
        if (check(namePassword[0], namePassword[1], request, context) == AuthenticationStatus.SUCCESS) {
            return AuthenticationStatus.SUCCESS;
        }
        if (request.getAttribute(REFUSAL) == Refusal.LOCKED) {
            return unauthorized(response, "staff_locked",
                    "Too many failed sign-ins for this name; try again later.");
        }
        return unauthorized(response, "invalid_credentials", "The staff name or password is wrong.");
    }

    private AuthenticationStatus check(String name, String password, HttpServletRequest request,
            HttpMessageContext context) {
        if (name == null || name.isBlank() || password == null || password.isEmpty()
                || name.length() > 100 || password.length() > 200) {
            request.setAttribute(REFUSAL, Refusal.WRONG_PASSWORD);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (lockout.isLocked(name)) {
            request.setAttribute(REFUSAL, Refusal.LOCKED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (registryAccepts(name.strip(), password, context)) {
            lockout.succeeded(name);
            return AuthenticationStatus.SUCCESS;
        }
        boolean locked = lockout.failed(name);
        request.setAttribute(REFUSAL, locked ? Refusal.LOCKED : Refusal.WRONG_PASSWORD);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean registryAccepts(String name, String password, HttpMessageContext context) {
        var callback = new PasswordValidationCallback(context.getClientSubject(), name, password.toCharArray());
        try {
            context.getHandler().handle(new Callback[] {callback});
            return callback.getResult();
        } catch (IOException | UnsupportedCallbackException | RuntimeException e) {
            LOG.log(Level.WARNING, "Staff registry check failed: {0}", e.toString());
            return false;
        } finally {
            callback.clearPassword();
        }
    }

    static Optional<String[]> basicCredentials(String header) {
        if (header == null || header.length() > 1000 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    /**
     * Written here rather than left to the container, whose 401 is an HTML page: scripts get a
     * JSON problem like every other API error.
     */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String code, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", REALM);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "about:blank").add("title", "Unauthorized").add("status", 401)
                .add("code", code).add("detail", detail).build().toString();
        try {
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client left before the 401 was written", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
