package com.tariffbridge.tariff;

/** Whether the customer buys electricity from the grid or sells it back. */
public enum Direction {
    IMPORT,
    EXPORT
}
