package com.tariffbridge.connect;

/** How an attempt to open the authentication URI ended. */
public sealed interface StartResult {

    record Started(long flowId) implements StartResult {}

    /**
     * The link is not a connect token at all, or FlatPeak's session points somewhere not allowed.
     */
    record InvalidLink() implements StartResult {}

    /** FlatPeak does not know the token (used, expired), or it already started a flow here. */
    record LinkExpired(boolean alreadyUsed) implements StartResult {}

    record FlatPeakUnavailable() implements StartResult {}
}
