package com.tariffbridge.contract;

/** What FlatPeak learns about the supply a customer consented to share. */
public record SharedSupply(
        long supplyPointId, String reference, PostalAddress address, ContractTerm term) {}
