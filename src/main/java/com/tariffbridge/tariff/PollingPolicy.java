package com.tariffbridge.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most one full tariff answer per grant per {@code tariff.polling.min-interval}. The check and
 * the claim are one conditional UPDATE, so two servers (or two racing polls) cannot both win;
 * 304 answers never count.
 */
@ApplicationScoped
public class PollingPolicy {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tariff.polling.min-interval", defaultValue = "PT15M")
    Duration minInterval;

    /** Every grant gets its polling row with the grant, so concurrent first polls only ever UPDATE. */
    void onGrantIssued(@jakarta.enterprise.event.Observes com.tariffbridge.token.GrantIssued issued) {
        em.createNativeQuery("insert into poll_state (grant_id) values (?1)")
                .setParameter(1, issued.grantId())
                .executeUpdate();
    }

    /**
     * Empty when this poll may have a full answer; otherwise the seconds until it may. An answer
     * with another ETag than the grant's last full answer (a tariff or term changed by the sync, or
     * the next half-hour's rates) is new information and never waits.
     */
    @Transactional
    public OptionalLong claimFullAnswer(long grantId, String etag) {
        Instant now = clock.instant();
        if (minInterval.isZero()) {
            return OptionalLong.empty();
        }
        int claimed = em.createNativeQuery("update poll_state set last_full_at = ?1, last_polled_at = ?1, "
                        + "last_full_etag = ?4 where grant_id = ?2 and (last_full_at is null or last_full_at <= ?3 "
                        + "or last_full_etag is null or last_full_etag <> ?4)")
                .setParameter(1, now)
                .setParameter(2, grantId)
                .setParameter(3, now.minus(minInterval))
                .setParameter(4, etag)
                .executeUpdate();
        if (claimed == 1) {
            return OptionalLong.empty();
        }
        var last = em.createNativeQuery("select last_full_at from poll_state where grant_id = ?1", Instant.class)
                .setParameter(1, grantId)
                .getResultList();
        if (last.isEmpty()) {
            em.createNativeQuery("insert into poll_state (grant_id, last_full_at, last_polled_at, last_full_etag) "
                            + "values (?1, ?2, ?2, ?3)")
                    .setParameter(1, grantId)
                    .setParameter(2, now)
                    .setParameter(3, etag)
                    .executeUpdate();
            return OptionalLong.empty();
        }
        Instant lastFull = (Instant) last.get(0);
        long wait = Duration.between(now, lastFull.plus(minInterval)).toSeconds();
        return OptionalLong.of(Math.max(1, wait + 1));
    }
}
