package com.tariffbridge.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.Config;

/**
 * The settings a provider must give the server: FlatPeak's and billing's addresses and the secrets
 * they issued. None has a default in the WAR, so a forgotten one can never fall back to a
 * stand-in's value; readiness names what is missing (never a value) until it is set.
 */
public final class RequiredSettings {

    /** Each entry is what readiness reports when no key of the entry has a non-blank value. */
    private static final List<List<String>> REQUIRED =
            List.of(
                    List.of("flatpeak.api.url"),
                    List.of("flatpeak.api.username"),
                    List.of("flatpeak.api.password"),
                    List.of("flatpeak.client.id"),
                    List.of("flatpeak.client.secret", "flatpeak.client.secret-sha256"),
                    List.of("billing.api.url"),
                    List.of("billing.api.key"));

    /** Required only when customers sign in at the provider's IdP. */
    private static final List<String> OIDC_REQUIRED =
            List.of(
                    "identity.oidc.discovery-uri",
                    "identity.oidc.client-id",
                    "identity.oidc.client-secret");

    /** Required only when customers sign in against the provider's LDAP directory. */
    private static final List<String> LDAP_REQUIRED =
            List.of(
                    "identity.ldap.url",
                    "identity.ldap.base-dn",
                    "identity.ldap.bind-dn",
                    "identity.ldap.bind-password");

    private RequiredSettings() {}

    /** The missing settings, in the order above; alternatives read "a or b". */
    public static List<String> missing(Config config) {
        return missing(key -> config.getOptionalValue(key, String.class).orElse(null));
    }

    static List<String> missing(Function<String, String> values) {
        Predicate<String> present =
                key -> {
                    String value = values.apply(key);
                    return value != null && !value.isBlank();
                };
        var missing = new ArrayList<String>();
        for (var alternatives : REQUIRED) {
            if (alternatives.stream().noneMatch(present)) {
                missing.add(String.join(" or ", alternatives));
            }
        }
        // identity.IdentityProviderKind reads the same two names; platform may not depend on it.
        String provider = values.apply("identity.provider");
        String kind = provider == null ? "embedded" : provider.strip().toLowerCase(Locale.ROOT);
        List<String> adapterKeys =
                switch (kind) {
                    case "embedded" -> List.of();
                    case "oidc" -> OIDC_REQUIRED;
                    case "ldap" -> LDAP_REQUIRED;
                    default -> null;
                };
        if (adapterKeys == null) {
            missing.add("identity.provider (embedded, oidc or ldap)");
        } else {
            for (String key : adapterKeys) {
                if (!present.test(key)) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }
}
