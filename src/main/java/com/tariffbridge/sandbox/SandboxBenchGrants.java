package com.tariffbridge.sandbox;

import com.tariffbridge.contract.SupplyPoint;
import com.tariffbridge.token.GrantService;
import com.tariffbridge.token.TokenPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mints grants with token pairs in bulk, straight through {@link GrantService} (no consent flow, no
 * FlatPeak), so a benchmark can spend each refresh token exactly once. Each call is one
 * transaction; callers batch.
 */
@ApplicationScoped
public class SandboxBenchGrants {

    static final String BENCH_ACCOUNT = "acc_sandbox_bench";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject GrantService grants;

    @Transactional
    public Optional<SupplyPoint> supplyPoint(String reference) {
        return em.createQuery(
                        "select sp from SupplyPoint sp where sp.reference = :ref",
                        SupplyPoint.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public List<TokenPair> mint(long customerId, long supplyPointId, int count) {
        List<TokenPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pairs.add(grants.issueGrant(customerId, supplyPointId, BENCH_ACCOUNT));
        }
        return pairs;
    }
}
