package com.tariffbridge.identity;

import java.util.Locale;
import java.util.Optional;

/** Where customers prove who they are: {@code identity.provider}. */
public enum IdentityProviderKind {
    /** The application's own customer store (PBKDF2 hashes): the demo and small providers. */
    EMBEDDED,
    /** The provider's OpenID Connect IdP (authorization code with PKCE). */
    OIDC,
    /** The provider's LDAP directory: our password form, the password checked by a bind. */
    LDAP;

    /** The kind a configured value names, or empty for anything else. */
    public static Optional<IdentityProviderKind> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "embedded" -> Optional.of(EMBEDDED);
            case "oidc" -> Optional.of(OIDC);
            case "ldap" -> Optional.of(LDAP);
            default -> Optional.empty();
        };
    }
}
