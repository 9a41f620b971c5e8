/**
 * FlatPeak as the rest of the application sees it, in our own words. {@link FlatPeakGateway} is the
 * only door to FlatPeak's API and carries the fault-tolerance policy; the wire format stays in
 * {@code flatpeak.client}.
 */
package com.tariffbridge.flatpeak;
