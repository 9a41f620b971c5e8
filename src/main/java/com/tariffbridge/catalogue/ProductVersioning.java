package com.tariffbridge.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * The one rule for a product's versions, given its latest version and what billing says now. A
 * change of content (prices, name, regions, terms) is a new version from billing's valid_from, and
 * the latest version ends there; history is never rewritten. Billing restating an earlier or equal
 * valid_from with new content means the change applies from when we learn of it, unless the latest
 * version has not started yet: then it was only an announcement and is dropped, and the rule is
 * asked again against the version before it.
 */
public final class ProductVersioning {

    private ProductVersioning() {}

    /** What we hold of the latest version. */
    public record Held(int version, String contentHash, Instant validFrom, Instant validTo) {}

    /** What to do. */
    public sealed interface Decision permits Unchanged, Retime, Open, DropLatest {}

    /** Nothing to write. */
    public record Unchanged() implements Decision {}

    /** The latest version keeps its content; it now ends at {@code validTo} (null: open). */
    public record Retime(Instant validTo) implements Decision {}

    /**
     * A new version in force from {@code validFrom}; the latest (if any) ends there at the latest.
     */
    public record Open(Instant validFrom, Instant validTo) implements Decision {}

    /** The latest version never came into force: delete it and decide again. */
    public record DropLatest() implements Decision {}

    /** Billing offers {@code hash} from {@code from} until {@code to} (null: open). */
    public static Decision offered(
            Held latest, String hash, Instant from, Instant to, Instant now) {
        if (latest == null) {
            return new Open(from, to);
        }
        if (latest.contentHash().equals(hash)) {
            if (Objects.equals(to, latest.validTo())
                    || (to != null && !to.isAfter(latest.validFrom()))) {
                return new Unchanged();
            }
            return new Retime(to);
        }
        Instant start;
        if (from.isAfter(latest.validFrom())) {
            start = from;
        } else if (latest.validFrom().isAfter(now)) {
            return new DropLatest();
        } else {
            start = now;
        }
        if (to != null && !to.isAfter(start)) {
            // billing's new content would end before it could start: nothing we could serve
            return new Unchanged();
        }
        return new Open(start, to);
    }

    /** Billing no longer lists the product: it ends now, and an announced version never starts. */
    public static Decision withdrawn(Held latest, Instant now) {
        if (latest.validTo() != null && !latest.validTo().isAfter(now)) {
            return new Unchanged();
        }
        if (!latest.validFrom().isBefore(now)) {
            return new DropLatest();
        }
        return new Retime(now);
    }
}
