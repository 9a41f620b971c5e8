package com.tariffbridge.billing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tariffbridge.contract.TermType;
import com.tariffbridge.tariff.DemoTariffs;
import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffKind;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Billing's JSON, read as the REST client reads it (JSON-B), mapped into our model or refused with
 * a reason.
 */
class BillingRecordsTest {

    private static final String ALICE_TARIFFS =
            new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of()).toJson();

    private static String record(
            String reference, String contract, String address, String tariffsFragment) {
        return "{\"supply_point\":\""
                + reference
                + "\",\"updated_at\":\"2026-11-27T08:00:00Z\",\"postal_address\":"
                + address
                + ",\"contract\":"
                + contract
                + ","
                + tariffsFragment
                + "}";
    }

    private static final String ADDRESS =
            "{\"address_line1\":\"1-3\",\"address_line2\":\"Strand\",\"city\":\"London\","
                    + "\"state\":null,\"post_code\":\"WC2N 5EH\",\"country_code\":\"GB\"}";
    private static final String FIXED_TERM =
            "{\"start_date\":\"2026-01-01T00:00:00Z\","
                    + "\"end_date\":\"2027-01-01T00:00:00+00:00\",\"term_type\":\"FIXED_TERM\"}";
    private static final String FRAGMENT = ALICE_TARIFFS.substring(1, ALICE_TARIFFS.length() - 1);

    private static BillingLookupResult read(String json) {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, BillingLookupResult.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBillingRecordBecomesOurTariffsTermAndAddress() {
        var result =
                read(
                        "{\"data\":["
                                + record("SP-1", FIXED_TERM, ADDRESS, FRAGMENT)
                                + "],\"missing\":[]}");

        var page = BillingRecords.page(List.of("SP-1"), result);

        assertThat(page.refused()).isEmpty();
        var supply = page.supplies().get(0);
        assertThat(supply.reference()).isEqualTo("SP-1");
        assertThat(supply.tariffs().toJson()).isEqualTo(ALICE_TARIFFS);
        assertThat(supply.tariffs().tariffs().get(0).kind()).isEqualTo(TariffKind.TIME_OF_DAY);
        assertThat(supply.term().start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(supply.term().end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(supply.term().type()).isEqualTo(TermType.FIXED_TERM);
        assertThat(supply.address().singleLine()).isEqualTo("1-3 Strand, London WC2N 5EH");
    }

    @Test
    void referencesBillingDoesNotKnowAreRefusedAndOnesWeDidNotAskForAreIgnored() {
        var result =
                read(
                        "{\"data\":["
                                + record("SP-1", FIXED_TERM, ADDRESS, FRAGMENT)
                                + ","
                                + record("SP-X", FIXED_TERM, ADDRESS, FRAGMENT)
                                + "],\"missing\":[\"SP-2\"]}");

        var page = BillingRecords.page(List.of("SP-1", "SP-2"), result);

        assertThat(page.supplies()).extracting(s -> s.reference()).containsExactly("SP-1");
        assertThat(page.refused()).containsOnlyKeys("SP-2");
        assertThat(page.refused().get("SP-2")).isEqualTo("unknown to billing");
    }

    @Test
    void aScheduleWithAGapRefusesThatSupplyPointOnly() {
        String gappy =
                FRAGMENT.replace(
                        "\"valid_from\":\"00:30:00\",\"valid_to\":\"05:30:00\"",
                        "\"valid_from\":\"01:30:00\",\"valid_to\":\"05:30:00\"");
        var result =
                read(
                        "{\"data\":["
                                + record("SP-1", FIXED_TERM, ADDRESS, gappy)
                                + ","
                                + record("SP-2", FIXED_TERM, ADDRESS, FRAGMENT)
                                + "],\"missing\":[]}");

        var page = BillingRecords.page(List.of("SP-1", "SP-2"), result);

        assertThat(page.supplies()).extracting(s -> s.reference()).containsExactly("SP-2");
        assertThat(page.refused().get("SP-1")).startsWith("unusable billing record:");
    }

    @Test
    void aFixedTermWithoutAnEndIsRefused() {
        String term =
                "{\"start_date\":\"2026-01-01T00:00:00Z\",\"end_date\":null,\"term_type\":\"FIXED_TERM\"}";
        var record =
                read("{\"data\":[" + record("SP-1", term, ADDRESS, FRAGMENT) + "]}").data().get(0);

        assertThatThrownBy(() -> BillingRecords.toBilled(record))
                .hasMessageContaining("needs an end_date");
    }

    @Test
    void anUnknownTermTypeAndABadDateAreNamedInTheReason() {
        String odd =
                "{\"start_date\":\"2026-01-01T00:00:00Z\",\"end_date\":null,\"term_type\":\"ROLLING\"}";
        String badDate =
                "{\"start_date\":\"yesterday\",\"end_date\":null,\"term_type\":\"UNTIL_TERMINATED\"}";

        assertThatThrownBy(
                        () ->
                                BillingRecords.toBilled(
                                        read("{\"data\":["
                                                        + record("SP-1", odd, ADDRESS, FRAGMENT)
                                                        + "]}")
                                                .data()
                                                .get(0)))
                .hasMessageContaining("ROLLING");
        assertThatThrownBy(
                        () ->
                                BillingRecords.toBilled(
                                        read("{\"data\":["
                                                        + record("SP-1", badDate, ADDRESS, FRAGMENT)
                                                        + "]}")
                                                .data()
                                                .get(0)))
                .hasMessageContaining("start_date");
    }

    @Test
    void anAddressThatWouldNotFitOurColumnsIsRefused() {
        String longCity = ADDRESS.replace("\"London\"", "\"" + "L".repeat(121) + "\"");
        String badCountry = ADDRESS.replace("\"GB\"", "\"Britain\"");

        assertThatThrownBy(
                        () ->
                                BillingRecords.toBilled(
                                        read("{\"data\":["
                                                        + record(
                                                                "SP-1",
                                                                FIXED_TERM,
                                                                longCity,
                                                                FRAGMENT)
                                                        + "]}")
                                                .data()
                                                .get(0)))
                .hasMessageContaining("city");
        assertThatThrownBy(
                        () ->
                                BillingRecords.toBilled(
                                        read("{\"data\":["
                                                        + record(
                                                                "SP-1",
                                                                FIXED_TERM,
                                                                badCountry,
                                                                FRAGMENT)
                                                        + "]}")
                                                .data()
                                                .get(0)))
                .hasMessageContaining("country_code");
    }

    @Test
    void marketPricesComeAlongForADynamicTariff() {
        String fragment =
                "\"tariffs\":"
                        + jsonArray(
                                new TariffDocument(
                                                List.of(DemoTariffs.bobCottageDynamic()), List.of())
                                        .toJson())
                        + ",\"market_prices\":[{\"valid_from\":\"2026-11-27T00:00:00Z\","
                        + "\"valid_to\":\"2026-11-27T00:30:00Z\",\"price\":0.1234}]";
        var record =
                read("{\"data\":[" + record("SP-1", FIXED_TERM, ADDRESS, fragment) + "]}")
                        .data()
                        .get(0);

        var supply = BillingRecords.toBilled(record);

        assertThat(supply.tariffs().marketPrices()).hasSize(1);
        assertThat(supply.tariffs().marketPrices().get(0).price())
                .isEqualByComparingTo(new BigDecimal("0.1234"));
    }

    private static String jsonArray(String documentJson) {
        int start = documentJson.indexOf('[');
        int end = documentJson.indexOf(",\"market_prices\"");
        return documentJson.substring(start, end);
    }
}
