package com.tariffbridge.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A new session id once someone is signed in, so that an id planted before the sign-in (session
 * fixation) is worth nothing after it. The session's contents stay.
 */
public final class SessionFixation {

    private SessionFixation() {}

    public static void renewIdOfFacesRequest() {
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .changeSessionId();
    }
}
