package com.tariffbridge.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.tariff.TariffDocument;

/** A supply point as billing has it, in our model: its tariffs, contract term and address. */
public record BilledSupply(String reference, TariffDocument tariffs, ContractTerm term, PostalAddress address) {
}
