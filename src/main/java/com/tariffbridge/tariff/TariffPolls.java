package com.tariffbridge.tariff;

import com.tariffbridge.platform.rest.EntityTags;
import com.tariffbridge.token.BearerCheck;
import com.tariffbridge.token.BearerResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hot path of FlatPeak's polls: one query for token, grant, term and snapshot head, then either
 * 304 with no further work, 429, or the answer. Rendered answers are cached by ETag because equal
 * ETags mean equal bytes. Only a full answer writes (the polling claim); a refusal of a known grant
 * writes its audit event.
 */
@ApplicationScoped
public class TariffPolls {

    private static final int MAX_CACHED_ANSWERS = 20_000;

    @Inject PollSubjects subjects;

    @Inject TariffSnapshots snapshots;

    @Inject PollingPolicy policy;

    @Inject PollRefusals refusals;

    @Inject Clock clock;

    private final Map<String, TariffAnswer> rendered = new ConcurrentHashMap<>();

    public PollOutcome poll(
            String accessToken, String ifNoneMatch, String startTime, String endTime) {
        if (!BearerCheck.plausible(accessToken)) {
            return new PollOutcome.Unauthorised(BearerResult.Code.INVALID_TOKEN);
        }
        var found = subjects.find(accessToken);
        if (found.isEmpty()) {
            return new PollOutcome.Unauthorised(BearerResult.Code.INVALID_TOKEN);
        }
        PollSubject subject = found.get();
        if (subject.refusal().isPresent()) {
            refusals.unauthorised(subject.grantId(), subject.refusal().get());
            return new PollOutcome.Unauthorised(subject.refusal().get());
        }
        if (subject.supply().isEmpty() || subject.snapshot().isEmpty()) {
            return new PollOutcome.NoTariff();
        }
        var supply = subject.supply().get();
        var snapshot = subject.snapshot().get();
        TariffWindow window;
        try {
            window =
                    TariffWindow.requested(
                            startTime, endTime, clock.instant(), supply.term().start());
        } catch (IllegalArgumentException e) {
            return new PollOutcome.BadWindow(e.getMessage());
        }
        String etag = TariffAnswers.etag(snapshot, supply, window);
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return new PollOutcome.NotModified(etag);
        }
        var wait = policy.claimFullAnswer(subject.grantId(), etag);
        if (wait.isPresent()) {
            refusals.tooSoon(subject.grantId(), wait.getAsLong());
            return new PollOutcome.TooSoon(wait.getAsLong());
        }
        TariffAnswer answer = rendered.get(etag);
        if (answer == null) {
            answer =
                    TariffAnswers.render(
                            snapshot, snapshots.document(snapshot.id()), supply, window, etag);
            if (rendered.size() >= MAX_CACHED_ANSWERS) {
                rendered.clear();
            }
            rendered.put(etag, answer);
        }
        return new PollOutcome.Full(answer);
    }
}
