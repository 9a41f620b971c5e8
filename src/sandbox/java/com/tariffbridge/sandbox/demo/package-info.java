/**
 * Demo customers for the embedded setup, so a newcomer can click through the whole flow at once.
 * Seeded only when {@code demo.seed} is true (the dev server), never in production.
 */
package com.tariffbridge.sandbox.demo;
