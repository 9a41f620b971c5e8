package com.tariffbridge.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A form posted with an unknown view state is either stale (the session timed out, the server
 * restarted) or forged (cross-site request). Either way nothing was changed; the person gets a page
 * that says so instead of an exception.
 */
class ExpiredViewHandler extends ExceptionHandlerWrapper {

    ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            if (rootCause(event.getContext().getException()) instanceof ViewExpiredException) {
                events.remove();
                showExpiredPage(event.getContext().getContext());
            }
        }
        getWrapped().handle();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof ViewExpiredException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void showExpiredPage(FacesContext context) {
        var external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/error/session-expired.xhtml");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
