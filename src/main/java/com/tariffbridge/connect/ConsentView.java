package com.tariffbridge.connect;

import com.tariffbridge.contract.SharedSupply;
import com.tariffbridge.flatpeak.FlatPeakAccount;
import java.io.Serializable;

/** What the consent page shows: who asks, and exactly what they will get. */
public record ConsentView(
        FlatPeakAccount account, String customerName, SharedSupply supply, String supplyLabel)
        implements Serializable {}
