package com.tariffbridge.testsupport;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Creates a fresh customer through the sandbox, so a test that locks or revokes owns its data. */
public final class DemoCustomersOverHttp {

    public record Customer(String email, String password, String supplyPoint) {}

    private DemoCustomersOverHttp() {}

    public static Customer create() {
        try {
            var response =
                    ItServer.http()
                            .send(
                                    ItServer.request("/sandbox/customers")
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "sandbox did not create a customer: " + response.statusCode());
            }
            var json = SandboxFlatPeak.json(response.body());
            return new Customer(
                    json.getString("email"),
                    json.getString("password"),
                    json.getString("supply_point"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
