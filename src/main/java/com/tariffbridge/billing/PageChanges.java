package com.tariffbridge.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.SupplyOnRecord;
import com.tariffbridge.tariff.TariffDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a page of billing answers changes in our data, decided without touching the database: a
 * tariff counts as changed only when its content hash differs from the current snapshot's (so an
 * unchanged tariff keeps its ETag), a term or address only when it differs from ours.
 *
 * @param tariffs new tariff content by supply point id
 * @param corrections contract terms and addresses billing has differently
 * @param confirmed supply points whose current snapshot billing confirmed unchanged
 * @param refused supply points billing could not describe, with the reason
 */
public record PageChanges(
        Map<Long, TariffDocument> tariffs,
        List<Correction> corrections,
        Set<Long> confirmed,
        Map<Long, String> refused) {

    /** A term and/or address to take from billing; a null part is unchanged. */
    public record Correction(long supplyPointId, ContractTerm term, PostalAddress address) {}

    public static PageChanges between(
            List<SupplyOnRecord> held, Map<Long, String> currentHashes, BilledPage billed) {
        Map<String, BilledSupply> byReference =
                billed.supplies().stream()
                        .collect(
                                Collectors.toMap(
                                        BilledSupply::reference, Function.identity(), (a, b) -> a));
        Map<Long, TariffDocument> tariffs = new LinkedHashMap<>();
        List<Correction> corrections = new ArrayList<>();
        Set<Long> confirmed = new LinkedHashSet<>();
        Map<Long, String> refused = new HashMap<>();
        for (SupplyOnRecord ours : held) {
            BilledSupply theirs = byReference.get(ours.reference());
            if (theirs == null) {
                refused.put(
                        ours.supplyPointId(),
                        billed.refused().getOrDefault(ours.reference(), "unknown to billing"));
                continue;
            }
            if (theirs.contentHash().equals(currentHashes.get(ours.supplyPointId()))) {
                confirmed.add(ours.supplyPointId());
            } else {
                tariffs.put(ours.supplyPointId(), theirs.tariffs());
            }
            ContractTerm term = Objects.equals(theirs.term(), ours.term()) ? null : theirs.term();
            PostalAddress address =
                    Objects.equals(theirs.address(), ours.address()) ? null : theirs.address();
            if (term != null || address != null) {
                corrections.add(new Correction(ours.supplyPointId(), term, address));
            }
        }
        return new PageChanges(tariffs, corrections, confirmed, refused);
    }

    /** Supply points where something changed (tariff, term or address), each counted once. */
    public int changedCount() {
        Set<Long> changed = new LinkedHashSet<>(tariffs.keySet());
        corrections.forEach(c -> changed.add(c.supplyPointId()));
        return changed.size();
    }
}
