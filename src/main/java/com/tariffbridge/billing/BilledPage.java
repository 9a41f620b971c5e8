package com.tariffbridge.billing;

import java.util.List;
import java.util.Map;

/**
 * Billing's answer for a page of references: what it described usably, and for every other
 * reference why not (unknown to billing, or a record we cannot use, e.g. a schedule with gaps).
 */
public record BilledPage(List<BilledSupply> supplies, Map<String, String> refused) {

    public BilledPage {
        supplies = List.copyOf(supplies);
        refused = Map.copyOf(refused);
    }
}
