package com.tariffbridge.identity;

import com.tariffbridge.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a customer's email and password against the embedded store and applies the lockout policy.
 * Unknown emails cost the same hashing work as known ones, so response time does not reveal which
 * addresses have accounts. Each wrong password is a {@link LoginFailure} row, so the policy counts
 * over a sliding window rather than from the first failure.
 */
@ApplicationScoped
public class CustomerAuthenticator {

    @Inject CustomerRepository customers;

    @Inject LoginFailureRepository failures;

    @Inject AuditLog audit;

    @Inject Clock clock;

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
            hasher.matches(password, decoyHash);
            return new SignInResult.Rejected();
        }
        Customer customer = found.get();
        var lockedUntil = customer.lockedAt(now);
        if (lockedUntil.isPresent()) {
            return new SignInResult.Locked(lockedUntil.get());
        }
        if (hasher.matches(password, customer.getPasswordHash())) {
            failures.forgetAll(customer.getId());
            return new SignInResult.SignedIn(customer.getId(), customer.getDisplayName());
        }
        return recordFailure(customer, now);
    }

    /**
     * Under the customer's row lock, so parallel guesses at one account, on any server, are counted
     * one after another and cannot all slip in under the limit.
     */
    private SignInResult recordFailure(Customer customer, Instant now) {
        customers.lockForUpdate(customer);
        var lockedMeanwhile = customer.lockedAt(now);
        if (lockedMeanwhile.isPresent()) {
            return new SignInResult.Locked(lockedMeanwhile.get());
        }
        long customerId = customer.getId();
        Instant windowStart = policy.windowStart(now);
        failures.add(new LoginFailure(customerId, now));
        failures.forgetUpTo(customerId, windowStart);
        if (!policy.locksAfter(failures.failedSince(customerId, windowStart), now)) {
            return new SignInResult.Rejected();
        }
        Instant until = policy.lockedUntil(now);
        customer.lockUntil(until);
        failures.forgetAll(customerId);
        audit.record(
                "CUSTOMER_LOCKED_OUT",
                "customer:" + customerId,
                customer.getEmail(),
                maxFailures + " failed sign-ins within " + window);
        return new SignInResult.Locked(until);
    }

    /** For seeding and administration: a hash in the store's current format. */
    public String hashForStorage(String password) {
        return hasher.hash(password);
    }
}
