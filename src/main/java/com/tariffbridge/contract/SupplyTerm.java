package com.tariffbridge.contract;

/**
 * A supply point's reference with its current contract term and whether the contract still runs.
 */
public record SupplyTerm(String reference, ContractTerm term, Contract.Status status) {}
