package com.tariffbridge.flatpeak.client;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

/** {@code PUT /connect/auth_capture/{token}}. {@code toString} keeps the tokens out of logs. */
public record AuthCaptureRequest(
        @JsonbProperty("auth_data") AuthData authData,
        @JsonbProperty("postal_address") PostalAddress postalAddress,
        @JsonbProperty("contract_term") ContractTerm contractTerm,
        @JsonbProperty("terms_url") String termsUrl) {

    public record AuthData(
            @JsonbProperty("access_token") String accessToken,
            @JsonbProperty("refresh_token") String refreshToken,
            @JsonbProperty("token_type") String tokenType,
            @JsonbProperty("expires_at") String expiresAt,
            @JsonbProperty("token_url") String tokenUrl,
            @JsonbProperty("tariff_url") String tariffUrl,
            @JsonbProperty("supply_point") String supplyPoint) {

        @Override
        public String toString() {
            return "AuthData[supply_point=" + supplyPoint + "]";
        }
    }

    @JsonbNillable
    public record PostalAddress(
            @JsonbProperty("address_line1") String addressLine1,
            @JsonbProperty("address_line2") String addressLine2,
            @JsonbProperty("city") String city,
            @JsonbProperty("state") String state,
            @JsonbProperty("post_code") String postCode,
            @JsonbProperty("country_code") String countryCode) {}

    @JsonbNillable
    public record ContractTerm(
            @JsonbProperty("start_date") String startDate,
            @JsonbProperty("end_date") String endDate) {}
}
