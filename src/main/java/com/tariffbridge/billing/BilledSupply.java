package com.tariffbridge.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.tariff.TariffDocument;

/**
 * A supply point as billing has it, in our model: its tariffs (with the content hash a snapshot of
 * them would have), contract term and address.
 */
public record BilledSupply(
        String reference,
        TariffDocument tariffs,
        String contentHash,
        ContractTerm term,
        PostalAddress address) {

    public BilledSupply(
            String reference, TariffDocument tariffs, ContractTerm term, PostalAddress address) {
        this(
                reference,
                tariffs,
                com.tariffbridge.tariff.TariffSnapshots.contentHash(tariffs),
                term,
                address);
    }
}
