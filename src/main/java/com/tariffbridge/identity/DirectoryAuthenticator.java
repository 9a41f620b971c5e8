package com.tariffbridge.identity;

import com.tariffbridge.identity.ldap.DirectoryCheck;
import com.tariffbridge.identity.ldap.DirectorySignIn;
import com.tariffbridge.identity.ldap.DirectoryUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * A sign-in with our password form against the provider's LDAP directory, under the same lockout
 * per typed address as the embedded store ({@link SignInAttempts}): a locked address never reaches
 * the directory. A password the directory accepts is resolved through billing like an IdP sign-in
 * ({@link IdpCustomers}).
 */
@ApplicationScoped
public class DirectoryAuthenticator {

    @Inject SignInAttempts attempts;

    @Inject DirectorySignIn directory;

    @Inject IdpCustomers customers;

    @Inject Clock clock;

    public SignInResult signIn(String email, String password) {
        String key = SignInAttempts.key(email);
        var admission = attempts.admit(key, clock.instant(), Optional.empty());
        if (!admission.checks()) {
            return admission.ifWrong();
        }
        DirectoryCheck check;
        try {
            check = directory.check(key, password);
        } catch (DirectoryUnavailableException | FaultToleranceException e) {
            return new SignInResult.Unavailable();
        }
        if (!(check instanceof DirectoryCheck.Verified verified)) {
            return admission.ifWrong();
        }
        var resolution = customers.resolve(verified.identity());
        if (resolution instanceof IdpCustomers.Resolution.Known known) {
            attempts.succeeded(key);
            return new SignInResult.SignedIn(known.customerId(), known.displayName());
        }
        attempts.succeeded(key);
        return resolution instanceof IdpCustomers.Resolution.NoBillingAccount
                ? new SignInResult.NoBillingAccount()
                : new SignInResult.Unavailable();
    }
}
