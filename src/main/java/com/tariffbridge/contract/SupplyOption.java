package com.tariffbridge.contract;

import java.io.Serializable;

/** A supply point a customer may share, as shown on the choice page. */
public record SupplyOption(long supplyPointId, String reference, String label, String address)
        implements Serializable {}
