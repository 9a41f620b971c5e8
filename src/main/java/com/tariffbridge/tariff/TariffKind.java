package com.tariffbridge.tariff;

/**
 * How a tariff prices a kWh. The kind labels the product; the schedule carries the prices. Only
 * {@link #DYNAMIC} changes what the schedule holds: market surcharges instead of fixed prices.
 */
public enum TariffKind {
    /** One price all the time. */
    FIXED,
    /** Prices by local time of day, day type or season (Economy 7, EV night rates). */
    TIME_OF_DAY,
    /** Prices by consumption band. */
    TIERED,
    /** Half-hourly day-ahead index prices plus a surcharge. */
    DYNAMIC
}
