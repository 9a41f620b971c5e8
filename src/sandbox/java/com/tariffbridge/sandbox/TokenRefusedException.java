package com.tariffbridge.sandbox;

/** A connect token that cannot be used for what was asked; the refusal says why. */
public class TokenRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenRefusal refusal;

    public TokenRefusedException(TokenRefusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public TokenRefusal refusal() {
        return refusal;
    }
}
