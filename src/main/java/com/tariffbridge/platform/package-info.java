/**
 * Plumbing with no business words: clock, schema migration, public URLs, security headers and
 * friendly error handling. When a class here starts to say "tariff" it belongs in a feature.
 */
package com.tariffbridge.platform;
