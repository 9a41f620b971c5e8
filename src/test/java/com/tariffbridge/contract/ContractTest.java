package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void aContractPastItsEndCountsAsEndedEvenBeforeBillingSaysSo() {
        var contract =
                new Contract(
                        1,
                        "ELECTRICITY",
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2027-01-01T00:00:00Z"),
                        TermType.FIXED_TERM,
                        Contract.Status.ACTIVE);
        assertThat(contract.statusAt(Instant.parse("2026-12-31T23:59:59Z")))
                .isEqualTo(Contract.Status.ACTIVE);
        assertThat(contract.statusAt(Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo(Contract.Status.ENDED);
    }
}
