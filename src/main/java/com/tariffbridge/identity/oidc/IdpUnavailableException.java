package com.tariffbridge.identity.oidc;

/** The IdP did not answer usably in time: retried or shown as "try again", never as an error. */
public class IdpUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
