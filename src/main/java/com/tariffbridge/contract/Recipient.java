package com.tariffbridge.contract;

/** The customer a reminder goes to and the supply it is about, as the mail names them. */
public record Recipient(String email, String name, String supplyLabel, String supplyAddress) {}
