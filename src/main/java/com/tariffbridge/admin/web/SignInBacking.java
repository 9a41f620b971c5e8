package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The staff sign-in form: the registry checks the password, the admin role decides entry. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    StaffActions actions;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private boolean signedOut;

    public void open() {
        signedOut = "1".equals(request.getParameter("signed-out"));
    }

    public String signIn() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.strip();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(name, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        if (status != AuthenticationStatus.SUCCESS) {
            error(request.getAttribute(StaffAuthenticationMechanism.REFUSAL)
                    == StaffAuthenticationMechanism.Refusal.LOCKED
                    ? "Too many failed attempts. Sign-in for this name is paused for up to 15 minutes."
                    : "That staff name and password don't match. Please try again.");
            return null;
        }
        if (!security.isCallerInRole("admin") && !request.isUserInRole("admin")) {
            actions.accessRefused(name);
            logout();
            error("This account has no access to the admin pages. Ask your administrator for the admin role.");
            return null;
        }
        // The container identity served only to ask the registry; the session carries the staff name.
        logout();
        StaffSession.begin(request, name);
        actions.signedIn(name);
        return "/admin/index.xhtml?faces-redirect=true";
    }

    private void logout() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
