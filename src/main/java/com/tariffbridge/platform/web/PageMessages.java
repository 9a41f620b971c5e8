package com.tariffbridge.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the whole page (the pages show them in one live region above the form). */
public final class PageMessages {

    private PageMessages() {}

    public static void error(String text) {
        show(FacesMessage.SEVERITY_ERROR, text);
    }

    public static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
