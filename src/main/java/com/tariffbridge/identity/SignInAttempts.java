package com.tariffbridge.identity;

import com.tariffbridge.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lockout's bookkeeping per typed e-mail address, whether or not an account has it. An attempt
 * is admitted (its password will be checked) only while the address is not locked, and is recorded
 * as a failure when admitted, before the check: parallel guesses at one address, on any server, are
 * admitted one after another under the stripe's row lock, so no more than the limit are ever
 * checked, and the check itself runs after the lock is released. Each step commits on its own, so a
 * caller's rollback cannot un-count an attempt.
 */
@ApplicationScoped
public class SignInAttempts {

    /** Stripes of {@code sign_in_stripe}; V9 creates exactly this many. */
    static final int STRIPES = 64;

    /** The longest address SMTP allows (RFC 5321), and the column's width. */
    static final int MAX_EMAIL = 254;

    @Inject SignInRecords records;

    @Inject AuditLog audit;

    @Inject
    @ConfigProperty(name = "identity.lockout.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "identity.lockout.window")
    Duration window;

    @Inject
    @ConfigProperty(name = "identity.lockout.duration")
    Duration lockDuration;

    private LockoutPolicy policy;

    /** What an attempt may do: check its password or not, and the answer if it is wrong. */
    public record Admission(boolean checks, SignInResult ifWrong) {}

    @PostConstruct
    void init() {
        policy = new LockoutPolicy(maxFailures, window, lockDuration);
    }

    /** The address as attempts are counted: normalised like the customer table, and bounded. */
    public static String key(String email) {
        String normal = Customer.normalise(email);
        return normal.length() <= MAX_EMAIL ? normal : normal.substring(0, MAX_EMAIL);
    }

    /**
     * Length and first character, so that the migration can compute the same stripe in portable SQL
     * ({@code MOD(LENGTH(email) * 31 + ASCII(email), 64)}).
     */
    static int stripe(String key) {
        return Math.floorMod(key.length() * 31 + (key.isEmpty() ? 0 : key.charAt(0)), STRIPES);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String key, Instant now, Optional<Long> customerId) {
        int stripe = stripe(key);
        records.serialise(stripe);
        Instant windowStart = policy.windowStart(now);
        records.purge(stripe, windowStart, now);
        var locked = records.lockedUntil(key, now);
        if (locked.isPresent()) {
            return new Admission(false, new SignInResult.Locked(locked.get()));
        }
        records.add(new LoginFailure(key, now));
        if (!policy.locksAfter(records.failedSince(key, windowStart), now)) {
            return new Admission(true, new SignInResult.Rejected());
        }
        Instant until = policy.lockedUntil(now);
        records.lock(key, until);
        records.forgetAll(key);
        audit.record(
                "CUSTOMER_LOCKED_OUT",
                customerId.map(id -> "customer:" + id).orElse("customer:unknown"),
                key,
                maxFailures + " failed sign-ins within " + window);
        return new Admission(true, new SignInResult.Locked(until));
    }

    /** The password was right: the address's attempts and any lock they set are forgotten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String key) {
        records.serialise(stripe(key));
        records.forgetAll(key);
        records.unlock(key);
    }
}
