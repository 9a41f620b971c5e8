package com.tariffbridge.contract;

import java.io.Serializable;
import java.time.Instant;

/** Start and (for fixed terms) end of a contract; {@code end} is null for open-ended contracts. */
public record ContractTerm(Instant start, Instant end, TermType type) implements Serializable {}
