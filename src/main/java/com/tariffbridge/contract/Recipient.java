package com.tariffbridge.contract;

/**
 * The customer a reminder goes to and the supply it is about, as the mail names them; {@code
 * language} is the customer's recorded language tag ("de"), null when none is recorded.
 */
public record Recipient(
        String email, String name, String supplyLabel, String supplyAddress, String language) {}
