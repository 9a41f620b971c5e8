package com.tariffbridge.connect;

/**
 * A session with its evidence: the consent record and FlatPeak's notification, each null until it
 * exists.
 */
public record ConnectSessionDetail(
        ConnectSessionRow session, ConsentRecord consent, DecisionDelivery delivery) {}
