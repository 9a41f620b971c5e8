package com.tariffbridge.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a customer's email and password against the embedded store under the lockout policy. Every
 * attempt costs exactly one password hash, against the account's hash when the attempt is admitted
 * and the account exists, else against a decoy; and attempts are counted per typed address whether
 * or not an account has it ({@link SignInAttempts}). So neither the answer nor its timing tells
 * which addresses have accounts, or which are locked.
 */
@ApplicationScoped
public class CustomerAuthenticator {

    @Inject CustomerRepository customers;

    @Inject SignInAttempts attempts;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "identity.password.iterations")
    int iterations;

    private PasswordHasher hasher;
    private String decoyHash;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
        decoyHash = hasher.hash("decoy-password-never-matches");
    }

    /** Not one transaction: the hash runs after the attempt's admission has committed. */
    public SignInResult signIn(String email, String password) {
        String key = SignInAttempts.key(email);
        var customer = customers.findByEmail(key);
        var admission = attempts.admit(key, clock.instant(), customer.map(Customer::getId));
        // Read once: the stored hash is what a check costs. A customer from the provider's IdP
        // has none here, so the decoy is checked instead.
        String stored =
                admission.checks() && customer.isPresent()
                        ? customer.get().getPasswordHash()
                        : null;
        boolean checksTheAccount = stored != null;
        boolean right =
                hasher.matches(password, checksTheAccount ? stored : decoyHash) && checksTheAccount;
        if (!right) {
            return admission.ifWrong();
        }
        attempts.succeeded(key);
        return new SignInResult.SignedIn(customer.get().getId(), customer.get().getDisplayName());
    }

    /** For seeding and administration: a hash in the store's current format. */
    public String hashForStorage(String password) {
        return hasher.hash(password);
    }
}
