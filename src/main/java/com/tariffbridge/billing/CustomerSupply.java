package com.tariffbridge.billing;

/** One of a customer's supply points as billing lists it: the billed record, a label, in force. */
public record CustomerSupply(BilledSupply billed, String label, boolean active) {}
