package com.tariffbridge.tariff;

import java.math.BigDecimal;

/**
 * One tier of a band's price. A band lists its tiers in ascending {@link #toKwh()} order and the
 * last tier is open-ended ({@code toKwh} null); an untiered band has exactly that one tier.
 */
public sealed interface Rate permits FixedRate, MarketRate {

    /** Upper consumption bound of this tier in kWh, or null for the last, open-ended tier. */
    BigDecimal toKwh();
}
