package com.tariffbridge.sandbox.billing;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The sandbox billing system's JSON (docs/billing-api.yaml). Records are written by hand around
 * each account's pre-rendered tariffs, because a lookup page may carry 1,000 of them.
 */
final class BillingWire {

    private static final jakarta.json.spi.JsonProvider JSON =
            jakarta.json.spi.JsonProvider.provider();

    private BillingWire() {}

    static String record(BillingAccount account) {
        var json = new StringBuilder(account.tariffsJson().length() + 400);
        writeRecord(json, account);
        return json.toString();
    }

    static String records(String name, List<BillingAccount> accounts, StringBuilder tail) {
        int size = accounts.stream().mapToInt(a -> a.tariffsJson().length() + 400).sum();
        var json = new StringBuilder(size + 64).append("{\"").append(name).append("\":[");
        for (int i = 0; i < accounts.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            writeRecord(json, accounts.get(i));
        }
        return json.append(']').append(tail).append('}').toString();
    }

    /** A customer's supply points: each record with the customer's label and its status. */
    static String customer(
            String customerRef,
            List<BillingCustomers.Holding> holdings,
            BillingLedger ledger,
            Instant now) {
        var json =
                new StringBuilder(2048)
                        .append("{\"customer_ref\":")
                        .append(text(customerRef))
                        .append(",\"supply_points\":[");
        boolean first = true;
        for (var holding : holdings) {
            var account = ledger.find(holding.supplyPoint());
            if (account.isEmpty()) {
                continue;
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"label\":")
                    .append(text(holding.label()))
                    .append(",\"status\":")
                    .append(text(account.get().term().endedAt(now) ? "ENDED" : "ACTIVE"))
                    .append(',');
            writeFields(json, account.get());
        }
        return json.append("]}").toString();
    }

    private static void writeRecord(StringBuilder json, BillingAccount account) {
        json.append('{');
        writeFields(json, account);
    }

    private static void writeFields(StringBuilder json, BillingAccount account) {
        var term = account.term();
        json.append("\"supply_point\":")
                .append(text(account.reference()))
                .append(",\"updated_at\":")
                .append(text(account.updatedAt().toString()))
                .append(",\"postal_address\":");
        address(json, account.address());
        json.append(",\"contract\":{\"start_date\":")
                .append(text(term.start().toString()))
                .append(",\"end_date\":")
                .append(term.end() == null ? "null" : text(term.end().toString()))
                .append(",\"term_type\":")
                .append(text(term.type()))
                .append("},")
                .append(account.tariffsJson())
                .append('}');
    }

    private static void address(StringBuilder json, BillingAddress address) {
        json.append("{\"address_line1\":")
                .append(text(address.line1()))
                .append(",\"address_line2\":")
                .append(text(address.line2()))
                .append(",\"city\":")
                .append(text(address.city()))
                .append(",\"state\":")
                .append(text(address.state()))
                .append(",\"post_code\":")
                .append(text(address.postCode()))
                .append(",\"country_code\":")
                .append(text(address.countryCode()))
                .append('}');
    }

    /** A JSON string literal (escaped), or null. */
    static String text(String value) {
        return value == null ? "null" : JSON.createValue(value).toString();
    }

    static Response error(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("message", message)
                                .build()
                                .toString())
                .build();
    }

    static Response json(int status, String body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }

    static String instant(Instant instant) {
        return text(instant.toString());
    }
}
