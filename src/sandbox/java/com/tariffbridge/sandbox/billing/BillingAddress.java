package com.tariffbridge.sandbox.billing;

/** A supply point's postal address, in the billing API's fields. */
public record BillingAddress(
        String line1,
        String line2,
        String city,
        String state,
        String postCode,
        String countryCode) {}
