package com.tariffbridge.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The signed-in staff member of this HTTP session, by name. The name is stored under a key of its
 * own: customer sign-in (connect flow, account pages) never writes or reads it, so one kind of
 * session can never stand in for the other.
 */
@Named("staff")
@RequestScoped
public class StaffSession {

    private static final String KEY = "tariffbridge.staff.name";

    @Inject HttpServletRequest request;

    static Optional<String> nameOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(KEY));
    }

    /**
     * Starts a staff session under a new session id, so an id planted before sign-in is worthless.
     */
    static void begin(HttpServletRequest request, String name) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(KEY, name);
    }

    public String getName() {
        return nameOf(request).orElse("");
    }

    /** The audit actor for this staff member's actions. */
    public String actor() {
        return "staff:" + getName();
    }
}
