/**
 * A stand-in for FlatPeak, inside the WAR and reached only over HTTP, like Cargo Tracker's routing
 * stub: the provider-facing connect API (session, consent and auth capture), developer knobs to
 * mint connect tokens and simulate an outage, and a small companion app with an outcome page to
 * walk the whole flow in a browser. Everything under {@code /sandbox} answers 404 unless {@code
 * sandbox.enabled} is true.
 */
package com.tariffbridge.sandbox;
