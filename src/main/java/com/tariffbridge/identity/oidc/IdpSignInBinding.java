package com.tariffbridge.identity.oidc;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.EnumMap;

/**
 * The state of the sign-in at the IdP that this browser session started, per purpose. A return
 * whose state is not the one kept here is refused: nobody can finish a sign-in in someone else's
 * browser (login CSRF), and the session store carries it to whichever server the return reaches.
 */
@SessionScoped
public class IdpSignInBinding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<SignInPurpose, String> states = new EnumMap<>(SignInPurpose.class);

    public void started(SignInPurpose purpose, String state) {
        states.put(purpose, state);
    }

    /** The kept state for this purpose, forgotten as it is read: a return is checked once. */
    public String take(SignInPurpose purpose) {
        return states.remove(purpose);
    }
}
