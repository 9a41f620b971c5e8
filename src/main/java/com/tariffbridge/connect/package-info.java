/**
 * The authorisation flow FlatPeak sends a customer through: an explicit state machine ({@link
 * ConnectState}) stored per connect token, the consent record, and an outbox that tells FlatPeak
 * the outcome exactly once even when FlatPeak is briefly unreachable.
 */
package com.tariffbridge.connect;
