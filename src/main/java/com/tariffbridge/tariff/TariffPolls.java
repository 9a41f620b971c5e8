package com.tariffbridge.tariff;

import com.tariffbridge.contract.SupplyPointService;
import com.tariffbridge.token.BearerCheck;
import com.tariffbridge.token.BearerResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hot path of FlatPeak's polls: token (one query), contract term (one), current snapshot
 * (one), then either 304 with no further work, 429, or the answer; rendered answers are cached by
 * ETag because equal ETags mean equal bytes. Only a full answer writes (the polling claim).
 */
@ApplicationScoped
public class TariffPolls {

    private static final int MAX_CACHED_ANSWERS = 20_000;

    @Inject
    BearerCheck bearer;

    @Inject
    SupplyPointService supplies;

    @Inject
    TariffSnapshots snapshots;

    @Inject
    PollingPolicy policy;

    @Inject
    Clock clock;

    private final Map<String, TariffAnswer> rendered = new ConcurrentHashMap<>();

    @jakarta.transaction.Transactional
    public PollOutcome poll(String accessToken, String ifNoneMatch, String startTime, String endTime) {
        BearerResult result = bearer.check(accessToken);
        if (result instanceof BearerResult.Refused refused) {
            return new PollOutcome.Unauthorised(refused.code());
        }
        var grant = (BearerResult.Authorised) result;
        var supply = supplies.currentTerm(grant.supplyPointId());
        var snapshot = snapshots.current(grant.supplyPointId());
        if (supply.isEmpty() || snapshot.isEmpty()) {
            return new PollOutcome.NoTariff();
        }
        TariffWindow window;
        try {
            window = TariffWindow.requested(startTime, endTime, clock.instant(), supply.get().term().start());
        } catch (IllegalArgumentException e) {
            return new PollOutcome.BadWindow(e.getMessage());
        }
        String etag = TariffAnswers.etag(snapshot.get(), supply.get(), window);
        if (matches(ifNoneMatch, etag)) {
            return new PollOutcome.NotModified(etag);
        }
        var wait = policy.claimFullAnswer(grant.grantId(), etag);
        if (wait.isPresent()) {
            return new PollOutcome.TooSoon(wait.getAsLong());
        }
        TariffAnswer answer = rendered.get(etag);
        if (answer == null) {
            answer = TariffAnswers.render(snapshot.get(), snapshots.document(snapshot.get()), supply.get(), window, etag);
            if (rendered.size() >= MAX_CACHED_ANSWERS) {
                rendered.clear();
            }
            rendered.put(etag, answer);
        }
        return new PollOutcome.Full(answer);
    }

    /** RFC 9110 If-None-Match: a list of entity tags or "*", weak comparison. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2048) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
