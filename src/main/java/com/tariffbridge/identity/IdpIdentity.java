package com.tariffbridge.identity;

import java.io.Serializable;

/**
 * Who the provider's IdP says signed in, from its verified ID token: the stable subject, the
 * billing reference claim (null when the IdP sent none), a name to greet them with, the e-mail
 * (null unless the IdP gave a verified one) and the ID token itself, kept only as the hint for
 * signing out at the IdP.
 */
public record IdpIdentity(
        String subject, String billingRef, String displayName, String email, String idToken)
        implements Serializable {}
