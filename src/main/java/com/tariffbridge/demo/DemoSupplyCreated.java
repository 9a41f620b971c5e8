package com.tariffbridge.demo;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.tariff.TariffDocument;

/**
 * A disposable demo supply point was created; the sandbox billing system opens its account for it.
 */
public record DemoSupplyCreated(
        String reference, ContractTerm term, PostalAddress address, TariffDocument tariffs) {}
