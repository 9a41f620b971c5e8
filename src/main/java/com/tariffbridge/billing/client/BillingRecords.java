package com.tariffbridge.billing.client;

import com.tariffbridge.billing.BilledPage;
import com.tariffbridge.billing.BilledSupply;
import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.tariff.TariffDocument;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Translates billing's records into our model. A record that does not make sense (a schedule with
 * gaps, a fixed term without an end, a missing address line) is refused for that supply point
 * alone, with the reason, so one bad record never stops a page.
 */
public final class BillingRecords {

    private static final JsonProvider JSON = JsonProvider.provider();

    private BillingRecords() {}

    /** The page for exactly the references asked for; anything else billing sent is ignored. */
    public static BilledPage page(Collection<String> asked, BillingLookupResult result) {
        return page(asked, result, new KnownTariffs(16));
    }

    public static BilledPage page(
            Collection<String> asked, BillingLookupResult result, KnownTariffs known) {
        var wanted = new HashSet<>(asked);
        List<BilledSupply> supplies = new ArrayList<>();
        Map<String, String> refused = new HashMap<>();
        var seen = new HashSet<String>();
        // most records of a page share a term (a product's start and end): parse each text once
        Map<BillingSupplyPoint.BillingContract, ContractTerm> terms = new HashMap<>();
        List<BillingSupplyPoint> data =
                result == null || result.data() == null ? List.of() : result.data();
        for (BillingSupplyPoint record : data) {
            if (record == null
                    || !wanted.contains(record.supplyPoint())
                    || !seen.add(record.supplyPoint())) {
                continue;
            }
            try {
                supplies.add(toBilled(record, known, terms));
            } catch (IllegalArgumentException e) {
                refused.put(record.supplyPoint(), "unusable billing record: " + e.getMessage());
            }
        }
        for (String reference : wanted) {
            if (!seen.contains(reference)) {
                refused.put(reference, "unknown to billing");
            }
        }
        return new BilledPage(supplies, refused);
    }

    public static BilledSupply toBilled(BillingSupplyPoint record) {
        return toBilled(record, new KnownTariffs(1), new HashMap<>());
    }

    static BilledSupply toBilled(
            BillingSupplyPoint record,
            KnownTariffs known,
            Map<BillingSupplyPoint.BillingContract, ContractTerm> terms) {
        if (record.tariffs() == null || record.tariffs().isEmpty()) {
            throw new IllegalArgumentException("no tariffs");
        }
        var tariffs =
                known.get(
                        record.tariffs(),
                        record.marketPrices(),
                        () ->
                                TariffDocument.of(
                                        JSON.createObjectBuilder()
                                                .add("tariffs", record.tariffs().array())
                                                .add(
                                                        "market_prices",
                                                        record.marketPrices() == null
                                                                ? JsonValue.EMPTY_JSON_ARRAY
                                                                : record.marketPrices().array())
                                                .build()));
        var term =
                record.contract() == null
                        ? term(null)
                        : terms.computeIfAbsent(record.contract(), BillingRecords::term);
        return new BilledSupply(
                record.supplyPoint(),
                tariffs.document(),
                tariffs.contentHash(),
                term,
                address(record.postalAddress()));
    }

    static ContractTerm term(BillingSupplyPoint.BillingContract contract) {
        if (contract == null) {
            throw new IllegalArgumentException("no contract");
        }
        TermType type;
        try {
            type = TermType.valueOf(String.valueOf(contract.termType()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "term_type must be FIXED_TERM or UNTIL_TERMINATED, not " + contract.termType());
        }
        Instant start = instant("start_date", contract.startDate());
        Instant end = contract.endDate() == null ? null : instant("end_date", contract.endDate());
        if (start == null) {
            throw new IllegalArgumentException("contract start_date missing");
        }
        if (type == TermType.FIXED_TERM && end == null) {
            throw new IllegalArgumentException("a FIXED_TERM contract needs an end_date");
        }
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("contract end_date must be after start_date");
        }
        return new ContractTerm(start, end, type);
    }

    static PostalAddress address(BillingSupplyPoint.BillingAddress address) {
        if (address == null) {
            throw new IllegalArgumentException("no postal_address");
        }
        // the same limits as our columns, so one odd record cannot fail a whole page's transaction
        text("address_line1", address.line1(), 200, true);
        text("address_line2", address.line2(), 200, false);
        text("city", address.city(), 120, true);
        text("state", address.state(), 120, false);
        text("post_code", address.postCode(), 20, true);
        if (address.countryCode() == null || !address.countryCode().matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "country_code must be two capital letters (ISO 3166-1)");
        }
        return new PostalAddress(
                address.line1(),
                address.line2(),
                address.city(),
                address.state(),
                address.postCode(),
                address.countryCode());
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            // our columns keep microseconds: finer digits would look like a change on every run
            return java.time.OffsetDateTime.parse(value)
                    .toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an RFC 3339 date-time: " + value);
        }
    }

    private static void text(String field, String value, int maxLength, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(field + " missing");
        }
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(field + " longer than " + maxLength + " characters");
        }
    }
}
