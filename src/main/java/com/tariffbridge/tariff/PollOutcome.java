package com.tariffbridge.tariff;

import com.tariffbridge.token.BearerResult;

/** What a tariff poll comes to; the REST layer turns each into its status code. */
public sealed interface PollOutcome {

    record Full(TariffAnswer answer) implements PollOutcome {}

    record NotModified(String etag) implements PollOutcome {}

    record TooSoon(long retryAfterSeconds) implements PollOutcome {}

    record Unauthorised(BearerResult.Code code) implements PollOutcome {}

    record BadWindow(String detail) implements PollOutcome {}

    /** The grant is valid but we hold no tariff for its supply yet (never synced). */
    record NoTariff() implements PollOutcome {}
}
