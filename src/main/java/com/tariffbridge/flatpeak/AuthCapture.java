package com.tariffbridge.flatpeak;

import com.tariffbridge.contract.SharedSupply;
import com.tariffbridge.token.TokenPair;

/** Everything FlatPeak needs to read the tariff headless after a consent. */
public record AuthCapture(
        TokenPair tokens,
        String tokenUrl,
        String tariffUrl,
        SharedSupply supply,
        String termsUrl) {}
