package com.tariffbridge.contract;

import java.io.Serializable;

/** What FlatPeak learns about the supply a customer consented to share. */
public record SharedSupply(
        long supplyPointId, String reference, PostalAddress address, ContractTerm term)
        implements Serializable {}
