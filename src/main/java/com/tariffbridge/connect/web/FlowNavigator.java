package com.tariffbridge.connect.web;

import com.tariffbridge.connect.ConnectState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;

/** Which page shows which step, and how the flow leaves our site. */
@ApplicationScoped
public class FlowNavigator {

    static final String LOGIN = "/connect/login.xhtml";
    static final String SUPPLY = "/connect/supply.xhtml";
    static final String CONSENT = "/connect/consent.xhtml";
    static final String FINISH = "/connect/finish.xhtml";
    static final String EXPIRED = "/connect/link-expired.xhtml";
    static final String NO_FLOW = "/connect/invalid-link.xhtml";

    /** A Faces navigation outcome (redirect) to the page of the given step. */
    public String outcomeFor(ConnectState state) {
        return pageFor(state) + "?faces-redirect=true";
    }

    public String pageFor(ConnectState state) {
        return switch (state) {
            case STARTED -> LOGIN;
            case AUTHENTICATED -> SUPPLY;
            case SUPPLY_CHOSEN -> CONSENT;
            case CONSENTED, DISMISSED_LOGIN, DISMISSED_CONSENT -> FINISH;
            case EXPIRED, FAILED -> EXPIRED;
        };
    }

    /** 303 See Other: after a POST the browser must follow with a GET to FlatPeak. */
    public void leaveTo(URI uri) {
        FacesContext context = FacesContext.getCurrentInstance();
        var response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", uri.toString());
        context.responseComplete();
    }

    /** Sends the browser to a page of ours from a view action (GET). */
    public void redirect(String page) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
