package com.tariffbridge.admin;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.identity.LockoutPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force brake for the staff sign-in form: after too many wrong passwords within the window a
 * name is refused, right password or not, until its failures slide out of the window. It also
 * covers names the registry does not know, so guessing which names exist gains nothing. {@code
 * /admin/api} is checked by the container's HTTP Basic before any application code runs; there the
 * registry's own policy applies (LDAP servers lock accounts, basicRegistry does not).
 */
@ApplicationScoped
public class StaffLockout {

    static final int MAX_NAME = 100;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "admin.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "admin.lockout.window", defaultValue = "PT15M")
    Duration window;

    private LockoutPolicy policy;

    @PostConstruct
    void init() {
        policy = new LockoutPolicy(maxFailures, window, window);
    }

    /** Names compare case-insensitively, so "Admin" and "admin" share one count. */
    public static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    @Transactional
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        return policy.locksAfter(failuresSince(key(username), policy.windowStart(now)), now);
    }

    /**
     * Counts a wrong password; true when this failure locks the name (audited once, at that
     * moment).
     */
    @Transactional
    public boolean failed(String username) {
        Instant now = clock.instant();
        String name = key(username);
        Instant windowStart = policy.windowStart(now);
        em.createQuery(
                        "delete from StaffLoginFailure f where f.username = :name and f.failedAt <= :cutoff")
                .setParameter("name", name)
                .setParameter("cutoff", windowStart)
                .executeUpdate();
        em.persist(new StaffLoginFailure(name, now));
        em.flush();
        List<Instant> recent = failuresSince(name, windowStart);
        boolean locksNow = recent.size() == maxFailures;
        if (locksNow) {
            audit.record(
                    "STAFF_LOCKED_OUT",
                    "staff:" + name,
                    "staff:" + name,
                    maxFailures + " failed sign-ins within " + window);
        }
        return policy.locksAfter(recent, now);
    }

    @Transactional
    public void succeeded(String username) {
        em.createQuery("delete from StaffLoginFailure f where f.username = :name")
                .setParameter("name", key(username))
                .executeUpdate();
    }

    private List<Instant> failuresSince(String name, Instant after) {
        return em.createQuery(
                        "select f.failedAt from StaffLoginFailure f where f.username = :name "
                                + "and f.failedAt > :after",
                        Instant.class)
                .setParameter("name", name)
                .setParameter("after", after)
                .getResultList();
    }
}
