package com.tariffbridge.testsupport;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Billing's contract news through the sandbox knobs: a term's dates, or a renewal. */
public final class ContractsOverHttp {

    private ContractsOverHttp() {}

    public static HttpResponse<String> setTerm(String supplyPoint, Instant start, Instant end) {
        return post(
                "/sandbox/customers/"
                        + supplyPoint
                        + "/contract-term?start="
                        + encode(start)
                        + "&end="
                        + encode(end));
    }

    public static HttpResponse<String> renew(String supplyPoint, Instant newEnd) {
        return post("/sandbox/customers/" + supplyPoint + "/renewal?end=" + encode(newEnd));
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String path) {
        var response =
                ItServer.send(
                        ItServer.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "sandbox refused "
                            + path
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        return response;
    }
}
