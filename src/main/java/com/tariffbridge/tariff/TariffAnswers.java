package com.tariffbridge.tariff;

import com.tariffbridge.contract.SupplyTerm;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Renders the tariff API's answer. Everything in it follows from (snapshot content, contract term,
 * window), which is also what the ETag hashes: equal inputs give equal bytes and an equal ETag, so
 * conditional polls get 304 and the rendered text can be cached by ETag.
 */
final class TariffAnswers {

    /**
     * Day-ahead prices are typically published in the afternoon before; FlatPeak may re-poll then.
     */
    private static final LocalTime DAY_AHEAD_PUBLICATION = LocalTime.of(16, 0);

    private TariffAnswers() {}

    static String etag(SnapshotHead snapshot, SupplyTerm supply, TariffWindow window) {
        var term = supply.term();
        String key =
                snapshot.contentHash()
                        + '|'
                        + supply.reference()
                        + '|'
                        + term.start()
                        + '|'
                        + term.end()
                        + '|'
                        + term.type()
                        + '|'
                        + supply.status()
                        + '|'
                        + snapshot.stale()
                        + '|'
                        + snapshot.lastUpdated()
                        + '|'
                        + window.from()
                        + '|'
                        + window.to();
        return '"' + TariffSnapshots.sha256(key).substring(0, 32) + '"';
    }

    static TariffAnswer render(
            SnapshotHead snapshot,
            TariffDocument document,
            SupplyTerm supply,
            TariffWindow window,
            String etag) {
        var term = supply.term();
        var importTariff = document.tariff(Direction.IMPORT);
        var exportTariff = document.tariff(Direction.EXPORT);
        var reference = importTariff.or(() -> exportTariff).orElseThrow();
        JsonObjectBuilder contract =
                Json.createObjectBuilder()
                        .add("start_date", rfc3339(term.start()))
                        .add("term_type", term.type().name())
                        .add("status", supply.status().name());
        nullable(contract, "end_date", term.end() == null ? null : rfc3339(term.end()));

        JsonObjectBuilder tariff = Json.createObjectBuilder();
        element(tariff, "import", importTariff.orElse(null), term);
        element(tariff, "export", exportTariff.orElse(null), term);

        JsonObjectBuilder body =
                Json.createObjectBuilder()
                        .add("object", "tariff")
                        .add("supply_point", supply.reference())
                        .add("timezone", reference.zone().getId())
                        .add("currency", reference.currency().getCurrencyCode())
                        .add("contract", contract)
                        .add("tariff", tariff)
                        .add(
                                "standing_charge",
                                importTariff
                                        .map(t -> Prices.perKwh(t.standingChargePerDay()))
                                        .orElse(Prices.perKwh(java.math.BigDecimal.ZERO)));
        Instant coveredUntil = window.to();
        if (importTariff.isPresent()) {
            var series =
                    RateResolver.resolve(
                            importTariff.get(),
                            window.from(),
                            window.to(),
                            document.marketPrices());
            body.add("rates", periods(series.periods()));
            coveredUntil = series.coveredUntil();
        } else {
            body.add("rates", Json.createArrayBuilder());
        }
        if (exportTariff.isPresent()) {
            var series =
                    RateResolver.resolve(
                            exportTariff.get(),
                            window.from(),
                            window.to(),
                            document.marketPrices());
            body.add("export_rates", periods(series.periods()));
        }
        body.add("rates_until", rfc3339(coveredUntil))
                .add("last_updated", rfc3339(snapshot.lastUpdated()))
                .add("next_update", rfc3339(nextUpdate(reference, window)))
                .add("stale", snapshot.stale());
        return new TariffAnswer(etag, body.build().toString());
    }

    private static void element(
            JsonObjectBuilder into,
            String name,
            Tariff tariff,
            com.tariffbridge.contract.ContractTerm term) {
        if (tariff == null) {
            into.addNull(name);
            return;
        }
        JsonObjectBuilder element =
                TariffDocument.element(tariff).add("contract_start_date", rfc3339(term.start()));
        nullable(element, "contract_end_date", term.end() == null ? null : rfc3339(term.end()));
        into.add(name, element);
    }

    private static JsonArrayBuilder periods(List<RatePeriod> periods) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RatePeriod period : periods) {
            array.add(
                    Json.createObjectBuilder()
                            .add("valid_from", rfc3339(period.validFrom()))
                            .add("valid_to", rfc3339(period.validTo()))
                            .add("rate", Prices.perKwh(period.rate())));
        }
        return array;
    }

    /**
     * Market-rate tariffs change when the next day-ahead prices appear; schedules only when billing
     * changes them, so a day later is soon enough for FlatPeak's 1–2 day rhythm.
     */
    private static Instant nextUpdate(Tariff tariff, TariffWindow window) {
        if (!tariff.marketRates()) {
            return window.from().plus(1, ChronoUnit.DAYS);
        }
        ZonedDateTime local = window.from().atZone(tariff.zone());
        ZonedDateTime publication =
                ZonedDateTime.of(local.toLocalDate(), DAY_AHEAD_PUBLICATION, tariff.zone());
        if (!publication.toInstant().isAfter(window.from())) {
            publication =
                    ZonedDateTime.of(
                            local.toLocalDate().plusDays(1), DAY_AHEAD_PUBLICATION, tariff.zone());
        }
        return publication.toInstant();
    }

    private static void nullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
