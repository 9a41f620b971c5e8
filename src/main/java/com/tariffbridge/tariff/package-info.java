/**
 * What a customer pays for electricity, as plain values: a {@link com.tariffbridge.tariff.Tariff}
 * with a schedule in FlatPeak's shape (local wall-clock bands per month and day type), the checks
 * that make a schedule cover every moment exactly once, and the resolution of a tariff into the
 * gap-free series of per-kWh rates our tariff API returns. No container types live here.
 */
package com.tariffbridge.tariff;
