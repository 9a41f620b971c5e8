/**
 * A stand-in for the provider's billing system under {@code /sandbox/billing}, answering the API in
 * {@code docs/billing-api.yaml} over HTTP, seeded with the demo customers' supply points and the
 * provider's tariff products, plus knobs (reprice, renew, outage, latency) and a load generator.
 * Like the FlatPeak sandbox it is its own party: the app reaches it only over HTTP, and it answers
 * 404 unless {@code sandbox.enabled}.
 */
package com.tariffbridge.sandbox.billing;
