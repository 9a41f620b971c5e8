package com.tariffbridge.contract;

/**
 * What we hold about a supply point that billing may correct: its contract term and its address.
 */
public record SupplyOnRecord(
        long supplyPointId, String reference, ContractTerm term, PostalAddress address) {}
