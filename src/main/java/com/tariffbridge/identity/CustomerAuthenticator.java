package com.tariffbridge.identity;

import com.tariffbridge.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a customer's email and password against the embedded store and applies the lockout
 * policy. Unknown emails cost the same hashing work as known ones, so response time does not
 * reveal which addresses have accounts.
 */
@ApplicationScoped
public class CustomerAuthenticator {

    @Inject
    CustomerRepository customers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "identity.lockout.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "identity.lockout.window")
    Duration window;

    @Inject
    @ConfigProperty(name = "identity.lockout.duration")
    Duration lockDuration;

    @Inject
    @ConfigProperty(name = "identity.password.iterations")
    int iterations;

    private LockoutPolicy policy;
    private PasswordHasher hasher;
    private String decoyHash;

    @PostConstruct
    void init() {
        policy = new LockoutPolicy(maxFailures, window, lockDuration);
        hasher = new PasswordHasher(iterations);
        decoyHash = hasher.hash("decoy-password-never-matches");
    }

    @Transactional
    public SignInResult signIn(String email, String password) {
        var now = clock.instant();
        var found = customers.findByEmail(email);
        if (found.isEmpty()) {
            hasher.matches(password == null ? "" : password, decoyHash);
            return new SignInResult.Rejected();
        }
        Customer customer = found.get();
        var lockedUntil = customer.lockedAt(now);
        if (lockedUntil.isPresent()) {
            return new SignInResult.Locked(lockedUntil.get());
        }
        if (password != null && hasher.matches(password, customer.getPasswordHash())) {
            customer.recordSuccess();
            return new SignInResult.SignedIn(customer.getId(), customer.getDisplayName());
        }
        customer.recordFailure(now, policy);
        var nowLocked = customer.lockedAt(now);
        if (nowLocked.isPresent()) {
            audit.record("CUSTOMER_LOCKED_OUT", "customer:" + customer.getId(), customer.getEmail(),
                    maxFailures + " failed sign-ins within " + window);
            return new SignInResult.Locked(nowLocked.get());
        }
        return new SignInResult.Rejected();
    }

    /** For seeding and administration: a hash in the store's current format. */
    public String hashForStorage(String password) {
        return hasher.hash(password);
    }
}
