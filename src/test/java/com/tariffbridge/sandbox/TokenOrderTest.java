package com.tariffbridge.sandbox;

import static com.tariffbridge.sandbox.SandboxFixtures.ACME;
import static com.tariffbridge.sandbox.SandboxFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class TokenOrderTest {

    private static final String OUTCOME = "http://localhost:9080/sandbox/outcome.xhtml";

    @Test
    void emptyBodyOrdersTheAcmeAccountAndTheOutcomePage() {
        var order = TokenOrder.from(JsonValue.EMPTY_JSON_OBJECT, ACME, OUTCOME);

        assertThat(order.account()).isEqualTo(ACME);
        assertThat(order.connectWebUri()).isEqualTo(OUTCOME);
    }

    @Test
    void givenFieldsOverrideTheDefaultsAndNullClearsThem() {
        var order =
                TokenOrder.from(
                        json(
                                "{'display_name':'Volt Co','logo_url':null,"
                                        + "'connect_web_uri':'https://evil.example/steal'}"),
                        ACME,
                        OUTCOME);

        assertThat(order.account().id()).isEqualTo(ACME.id());
        assertThat(order.account().displayName()).isEqualTo("Volt Co");
        assertThat(order.account().logoUrl()).isNull();
        assertThat(order.account().termsUrl()).isEqualTo(ACME.termsUrl());
        assertThat(order.connectWebUri()).isEqualTo("https://evil.example/steal");
    }

    @Test
    void nonTextFieldIsAnInvalidRequest() {
        assertThatThrownBy(() -> TokenOrder.from(json("{'display_name':42}"), ACME, OUTCOME))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_field"));
    }
}
