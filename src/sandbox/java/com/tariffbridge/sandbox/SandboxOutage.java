package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A simulated FlatPeak outage, so that retries, the circuit breaker and the outbox can be seen
 * working. An outage is a window in time rather than a switch, so a forgotten one ends by itself.
 */
@ApplicationScoped
public class SandboxOutage {

    static final long MAX_SECONDS = 3600;

    private final AtomicReference<Instant> until = new AtomicReference<>(Instant.MIN);
    private final Clock clock;

    @Inject
    public SandboxOutage(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected SandboxOutage() {
        this.clock = null;
    }

    /** Starts (or replaces) an outage of the given length; 0 ends any outage. Answers its end. */
    public Instant start(long seconds) {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new InvalidRequestException(
                    "invalid_seconds", "seconds must be between 0 and " + MAX_SECONDS + ".");
        }
        Instant end = clock.instant().plusSeconds(seconds);
        until.set(end);
        return end;
    }

    public void end() {
        until.set(Instant.MIN);
    }

    /** How long the current outage still lasts; empty when FlatPeak is up. */
    public Optional<Duration> remaining() {
        Instant now = clock.instant();
        Instant end = until.get();
        return now.isBefore(end) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }

    public boolean isActive() {
        return remaining().isPresent();
    }
}
