package com.tariffbridge.connect;

import java.net.URI;

/** Where telling FlatPeak about a decision stands. */
public sealed interface DeliveryResult {

    /** FlatPeak accepted it; the browser goes back to {@code returnUri}. */
    record Delivered(URI returnUri) implements DeliveryResult {}

    /** Not delivered yet; it stays in the outbox and is tried again. */
    record Pending() implements DeliveryResult {}

    /** FlatPeak refused the token for good (expired); any grant issued for it was revoked. */
    record Refused() implements DeliveryResult {}

    /** No decision for this flow (still open, or expired without one). */
    record NothingToDeliver() implements DeliveryResult {}
}
