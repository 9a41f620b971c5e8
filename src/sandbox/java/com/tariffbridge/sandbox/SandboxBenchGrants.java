package com.tariffbridge.sandbox;

import com.tariffbridge.sandbox.seed.SeedGrants;
import com.tariffbridge.sandbox.seed.SeedSupplies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Mints grants with token pairs in bulk through the seeding path (no consent flow, no FlatPeak), so
 * a benchmark can spend each refresh token exactly once. Each call is one transaction; callers
 * batch.
 */
@ApplicationScoped
public class SandboxBenchGrants {

    static final String BENCH_ACCOUNT = "acc_sandbox_bench";

    @Inject SeedSupplies supplies;

    @Inject SeedGrants grants;

    public Optional<SeedSupplies.Owned> supplyPoint(String reference) throws SQLException {
        return supplies.find(reference);
    }

    @Transactional
    public List<SeedGrants.Pair> mint(SeedSupplies.Owned supply, int count) throws SQLException {
        return grants.mint(supply.customerId(), supply.supplyPointId(), BENCH_ACCOUNT, count);
    }
}
