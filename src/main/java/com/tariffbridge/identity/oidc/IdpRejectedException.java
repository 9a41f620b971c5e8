package com.tariffbridge.identity.oidc;

/**
 * The IdP answered and refused (an OAuth error such as {@code invalid_grant} for a used code): no
 * retry helps, and it does not count against the IdP's circuit breaker.
 */
public class IdpRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdpRejectedException(String message) {
        super(message);
    }
}
