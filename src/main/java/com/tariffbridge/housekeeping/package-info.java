/**
 * Data that has served its purpose and goes: sealed successor tokens past their grace, expired
 * access tokens, long-expired connect sessions and long-superseded tariff snapshots; {@code
 * housekeeping.schedule} the timer.
 */
package com.tariffbridge.housekeeping;
