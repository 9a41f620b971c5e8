package com.tariffbridge.billing.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Billing's arrays read as text by JSON-B: the same content as a JSON-P tree, in one form. */
class BillingJsonArrayTest {

    public record Holder(@JsonbProperty("a") BillingJsonArray a) {}

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static BillingJsonArray read(String array) {
        return JSONB.fromJson("{\"a\":" + array + ",\"after\":[1]}", Holder.class).a();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "[{\"valid_from\":\"00:00:00\",\"rate\":[{\"fixed\":0.07,\"to_kwh\":null}]}]",
                "[\"quote \\\" backslash \\\\ tab \\t ü € 😀 \\u0001\"]",
                "[1, -0, 2.50, 1e2, 12345678901234567890, true, false, null, [[]], {}]",
                "[{\"nested\":{\"deeper\":[{\"k\":\"v\"}]}},{\"x\":[]}]"
            })
    void theTextHoldsTheSameContentAsTheTreeJsonPWouldRead(String array) {
        var read = read(array);

        assertThat(read.array()).isEqualTo(Json.createReader(new StringReader(array)).readArray());
        assertThat(read.isEmpty()).isEqualTo(array.equals("[]"));
    }

    @Test
    void theSameContentLaidOutDifferentlyIsTheSameText() {
        var compact = read("[{\"rate\":0.07,\"days\":[\"All\"]}]");
        var spaced = read("[ {\n  \"rate\" : 0.07 ,\n  \"days\" : [ \"All\" ]\n} ]");

        assertThat(spaced).isEqualTo(compact);
        assertThat(read("[{\"rate\":0.08,\"days\":[\"All\"]}]")).isNotEqualTo(compact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "{}", "{\"rate\":[1]}", "\"[]\"", "42", "true"})
    void aValueThatIsNoArrayIsNoneAndTheRestOfTheRecordStillReads(String value) {
        var holder = JSONB.fromJson("{\"a\":" + value + ",\"b\":[1,2]}", Pair.class);

        assertThat(holder.a()).isNull();
        assertThat(holder.b()).isEqualTo(new BillingJsonArray("[1,2]"));
    }

    public record Pair(
            @JsonbProperty("a") BillingJsonArray a, @JsonbProperty("b") BillingJsonArray b) {}
}
