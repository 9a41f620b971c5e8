/**
 * Supply points (where a household takes electricity) and the contract terms that run on them. The
 * connect flow asks here which supplies a customer may share; the tariff API asks for the current
 * term.
 *
 * <p>This package owns the rule "the current contract of a supply point is its latest-starting
 * electricity contract": {@link com.tariffbridge.contract.CurrentContract}, over the {@code
 * current_contract} view (migration V10). Every reader, here and in tariff, account and billing,
 * joins that view or entity instead of restating the rule.
 */
package com.tariffbridge.contract;
