/**
 * Supply points (where a household takes electricity) and the contract terms that run on them. The
 * connect flow asks here which supplies a customer may share; the tariff API asks for the current
 * term.
 */
package com.tariffbridge.contract;
