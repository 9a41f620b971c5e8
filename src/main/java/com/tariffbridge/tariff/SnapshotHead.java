package com.tariffbridge.tariff;

import java.time.Instant;

/** What a poll needs of the current snapshot without its body: enough for the ETag and a 304. */
public record SnapshotHead(long id, String contentHash, boolean stale, Instant lastUpdated) {

    static SnapshotHead of(TariffSnapshot snapshot) {
        return new SnapshotHead(
                snapshot.getId(),
                snapshot.getContentHash(),
                snapshot.isStale(),
                snapshot.getLastUpdated());
    }
}
