package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Our password form's check, by adapter: the embedded store ({@link CustomerAuthenticator}) or the
 * provider's LDAP directory ({@link DirectoryAuthenticator}). In {@code oidc} mode nobody types a
 * password here, so every attempt is refused.
 */
@ApplicationScoped
public class PasswordSignIn {

    @Inject IdentityProvider identity;

    @Inject CustomerAuthenticator embedded;

    @Inject DirectoryAuthenticator directory;

    public SignInResult signIn(String email, String password) {
        return switch (identity.kind()) {
            case EMBEDDED -> embedded.signIn(email, password);
            case LDAP -> directory.signIn(email, password);
            case OIDC -> new SignInResult.Rejected();
        };
    }
}
