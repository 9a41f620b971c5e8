package com.tariffbridge.flatpeak;

import java.io.Serializable;

/** The device maker's app that asks for the tariff; brands our consent page. */
public record FlatPeakAccount(
        String id,
        String displayName,
        String logoUrl,
        String termsUrl,
        String privacyUrl,
        String supportUrl)
        implements Serializable {}
