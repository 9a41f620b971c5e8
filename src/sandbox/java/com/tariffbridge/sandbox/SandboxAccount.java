package com.tariffbridge.sandbox;

/**
 * The FlatPeak account (device maker) a sandbox connect token was minted for; any field may be
 * null.
 */
public record SandboxAccount(
        String id,
        String displayName,
        String logoUrl,
        String privacyUrl,
        String supportUrl,
        String termsUrl) {

    /** Fixed, so that tests and demo data can refer to the sandbox account by id. */
    public static final String ACME_ID = "acc_65a1cbe0c0ffee0000000001";

    /**
     * The demo device maker; its logo is served by this server, so pages need no third-party
     * assets.
     */
    public static SandboxAccount acme(String logoUrl) {
        return new SandboxAccount(
                ACME_ID,
                "ACME EV Charging",
                logoUrl,
                "https://acme.example/privacy",
                "https://acme.example/support",
                "https://acme.example/terms");
    }
}
