package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    private static Map<String, String> complete() {
        var values = new HashMap<String, String>();
        values.put("flatpeak.api.url", "https://api.flatpeak.example");
        values.put("flatpeak.api.username", "provider");
        values.put("flatpeak.api.password", "p");
        values.put("flatpeak.client.id", "client");
        values.put("flatpeak.client.secret", "s");
        values.put("billing.api.url", "https://billing.example");
        values.put("billing.api.key", "k");
        return values;
    }

    @Test
    void aCompleteConfigurationMissesNothing() {
        assertThat(RequiredSettings.missing(complete()::get)).isEmpty();
    }

    @Test
    void theClientSecretMayBeGivenAsItsHashInstead() {
        var values = complete();
        values.remove("flatpeak.client.secret");
        values.put("flatpeak.client.secret-sha256", "ab".repeat(32));
        assertThat(RequiredSettings.missing(values::get)).isEmpty();
    }

    @Test
    void blankCountsAsMissingAndEveryMissingKeyIsNamed() {
        var values = complete();
        values.put("billing.api.key", " ");
        values.remove("flatpeak.client.secret");
        values.remove("flatpeak.api.url");
        assertThat(RequiredSettings.missing(values::get))
                .containsExactly(
                        "flatpeak.api.url",
                        "flatpeak.client.secret or flatpeak.client.secret-sha256",
                        "billing.api.key");
    }

    @Test
    void signingInAtTheProvidersIdpNeedsItsAddressAndOurClientAtIt() {
        var values = complete();
        values.put("identity.provider", "oidc");
        values.put("identity.oidc.client-id", "tariff-bridge");
        assertThat(RequiredSettings.missing(values::get))
                .containsExactly("identity.oidc.discovery-uri", "identity.oidc.client-secret");

        values.put(
                "identity.oidc.discovery-uri",
                "https://idp.example/.well-known/openid-configuration");
        values.put("identity.oidc.client-secret", "s");
        assertThat(RequiredSettings.missing(values::get)).isEmpty();
    }

    @Test
    void signingInAgainstTheProvidersDirectoryNeedsItsAddressAndOurServiceAccount() {
        var values = complete();
        values.put("identity.provider", "ldap");
        values.put("identity.ldap.url", "ldaps://directory.example");
        assertThat(RequiredSettings.missing(values::get))
                .containsExactly(
                        "identity.ldap.base-dn",
                        "identity.ldap.bind-dn",
                        "identity.ldap.bind-password");
    }

    @Test
    void theEmbeddedStoreNeedsNoIdpAndAMistypedModeIsNamed() {
        var values = complete();
        values.put("identity.provider", "embedded");
        assertThat(RequiredSettings.missing(values::get)).isEmpty();

        values.put("identity.provider", "odic");
        assertThat(RequiredSettings.missing(values::get))
                .containsExactly("identity.provider (embedded, oidc or ldap)");
    }
}
