package com.tariffbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void wildcardsInAPrefixAreTakenLiterally() {
        assertThat(AuditFilter.startsWith("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
    }

    @Test
    void blankPartsMatchEverythingAndLongOnesAreCut() {
        var filter = new AuditFilter("  consent_given ", " ", null, null, null);

        assertThat(filter.type()).isEqualTo("CONSENT_GIVEN");
        assertThat(filter.actor()).isNull();
        assertThat(new AuditFilter(null, "x".repeat(500), null, null, null).actor())
                .hasSize(AuditFilter.MAX_TEXT);
    }
}
