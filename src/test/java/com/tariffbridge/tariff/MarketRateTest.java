package com.tariffbridge.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarketRateTest {

    @Test
    void surchargeAddsPercentageThenFixedPart() {
        assertThat(MarketRate.of("0.02", "5").applyTo(new BigDecimal("0.10")))
                .isEqualTo(new BigDecimal("0.12500"));
    }

    @Test
    void negativeIndexPriceStaysNegativeWhenTheSurchargeIsSmaller() {
        assertThat(MarketRate.of("0.02", "5").applyTo(new BigDecimal("-0.05")))
                .isEqualTo(new BigDecimal("-0.03250"));
    }

    @Test
    void resultIsRoundedHalfEvenToFivePlacesOnce() {
        // 0.0001 × 1.05 = 0.000105: exactly half way, so HALF_EVEN keeps the even 0.00010 (HALF_UP
        // would say 0.00011).
        assertThat(MarketRate.of("0", "5").applyTo(new BigDecimal("0.0001")))
                .isEqualTo(new BigDecimal("0.00010"));
        assertThat(MarketRate.of("0", "0").applyTo(new BigDecimal("0.123435")))
                .isEqualTo(new BigDecimal("0.12344"));
    }
}
