package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.admin.StaffLockout;
import com.tariffbridge.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The staff sign-in form. The server's user registry checks the password ({@code request.login}, so
 * basicRegistry, LDAP or a federated registry alike; customers are never in it) and the admin role
 * decides entry. The container identity lives only for this request: from then on the staff name in
 * the session is what {@link StaffPagesFilter} looks for.
 */
@Named
@RequestScoped
public class SignInBacking {

    static final int MAX_NAME = 100;
    static final int MAX_PASSWORD = 200;

    @Inject StaffLockout lockout;

    @Inject StaffActions actions;

    @Inject HttpServletRequest request;

    private String username;
    private String password;
    private boolean signedOut;

    public void open() {
        signedOut = "1".equals(request.getParameter("signed-out"));
    }

    public String signIn() {
        String name = username == null ? "" : username.strip();
        String typed = password == null ? "" : password;
        password = null;
        if (name.isEmpty()
                || name.length() > MAX_NAME
                || typed.isEmpty()
                || typed.length() > MAX_PASSWORD) {
            return refused("That staff name and password don't match. Please try again.");
        }
        if (lockout.isLocked(name)) {
            return refused(
                    "Too many failed attempts. Sign-in for this name is paused for up to 15 minutes.");
        }
        if (!registryAccepts(name, typed)) {
            return refused(
                    lockout.failed(name)
                            ? "Too many failed attempts. Sign-in for this name is paused for up to 15 minutes."
                            : "That staff name and password don't match. Please try again.");
        }
        lockout.succeeded(name);
        boolean admin = request.isUserInRole("admin");
        logout();
        if (!admin) {
            actions.accessRefused(name);
            return refused(
                    "This account has no access to the admin pages. Ask your administrator for the admin role.");
        }
        StaffSession.begin(request, name);
        actions.signedIn(name);
        return "/admin/index.xhtml?faces-redirect=true";
    }

    private boolean registryAccepts(String name, String typed) {
        try {
            request.login(name, typed);
            return true;
        } catch (ServletException e) {
            return false;
        }
    }

    private void logout() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refused(String text) {
        PageMessages.error(text);
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }
}
