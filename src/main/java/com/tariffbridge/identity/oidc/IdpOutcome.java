package com.tariffbridge.identity.oidc;

import com.tariffbridge.identity.IdpIdentity;

/** How a return from the IdP ended. */
public sealed interface IdpOutcome {

    /** The ID token checked out: signature, issuer, audience, expiry and this sign-in's nonce. */
    record SignedIn(IdpIdentity identity) implements IdpOutcome {}

    /** The customer cancelled at the IdP ({@code error=access_denied}). */
    record Cancelled() implements IdpOutcome {}

    /**
     * Forged, replayed, expired or mismatched: a state this browser did not start, a second use, an
     * error from the IdP, a code the IdP refuses, an ID token that fails a check. Nothing changed.
     */
    record Refused(String reason) implements IdpOutcome {}

    /** The IdP could not be reached in time (discovery, keys or token endpoint). */
    record Unavailable() implements IdpOutcome {}
}
