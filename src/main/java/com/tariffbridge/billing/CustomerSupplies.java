package com.tariffbridge.billing;

import com.tariffbridge.contract.SupplyPointService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Takes over what billing lists for a customer who signed in at the provider's IdP: their supply
 * points and contracts (contract owns those), and a tariff snapshot of each, written by the sync's
 * own page logic, so the first poll after consent already has the tariff.
 */
@ApplicationScoped
public class CustomerSupplies {

    static final String ACTOR = "billing-listing";

    @Inject SupplyPointService points;

    @Inject SyncPageWriter writer;

    /** Joins the caller's transaction: the customer and their supply points commit together. */
    @Transactional
    public void adopt(long customerId, List<CustomerSupply> listed) {
        if (listed.isEmpty()) {
            return;
        }
        var ids =
                listed.stream()
                        .map(
                                s ->
                                        points.adopt(
                                                customerId,
                                                s.billed().reference(),
                                                s.label(),
                                                s.billed().address(),
                                                s.billed().term(),
                                                s.active(),
                                                ACTOR))
                        .toList();
        writer.applyListed(
                points.onRecord(ids),
                new BilledPage(listed.stream().map(CustomerSupply::billed).toList(), Map.of()),
                ACTOR);
    }
}
