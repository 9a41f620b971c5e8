package com.tariffbridge.catalogue.web;

/** One band of a tariff as the page shows it: when it applies, and what a kWh costs then. */
public record PriceLine(String when, String price) {}
