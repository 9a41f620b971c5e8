package com.tariffbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    private static final String HOST = "bridge.example:9080";
    private static final String PUBLIC = "https://bridge.example";

    @Test
    void aFormPostFromAnotherSiteIsRefusedByEitherHeader() {
        assertThat(
                        CrossSiteRequests.fromAnotherSite(
                                "https://evil.example", "cross-site", HOST, PUBLIC))
                .get()
                .asString()
                .contains("Sec-Fetch-Site: cross-site");
        assertThat(CrossSiteRequests.fromAnotherSite("https://evil.example", null, HOST, PUBLIC))
                .get()
                .asString()
                .contains("Origin: https://evil.example");
        assertThat(CrossSiteRequests.fromAnotherSite(null, "cross-site", HOST, PUBLIC)).isPresent();
    }

    @Test
    void aSiblingSiteAndAnOpaqueOriginCountAsAnotherSite() {
        assertThat(CrossSiteRequests.fromAnotherSite(null, "same-site", HOST, PUBLIC)).isPresent();
        assertThat(CrossSiteRequests.fromAnotherSite("null", null, HOST, PUBLIC)).isPresent();
        assertThat(CrossSiteRequests.fromAnotherSite("not a url\n", null, HOST, PUBLIC))
                .get()
                .asString()
                .doesNotContain("\n");
        assertThat(
                        CrossSiteRequests.fromAnotherSite(
                                "http://bridge.example:9081", null, HOST, PUBLIC))
                .isPresent();
    }

    @Test
    void ourOwnPagesAndScriptsPass() {
        assertThat(
                        CrossSiteRequests.fromAnotherSite(
                                "http://bridge.example:9080", "same-origin", HOST, PUBLIC))
                .isEmpty();
        // behind a proxy that ends TLS and passes Host on
        assertThat(
                        CrossSiteRequests.fromAnotherSite(
                                "https://bridge.example", "same-origin", "bridge.example", null))
                .isEmpty();
        // behind a proxy that rewrites Host: the public URL is ours too
        assertThat(
                        CrossSiteRequests.fromAnotherSite(
                                "https://Bridge.example", null, "10.0.0.7:9080", PUBLIC))
                .isEmpty();
        assertThat(CrossSiteRequests.fromAnotherSite(null, "none", HOST, PUBLIC)).isEmpty();
        assertThat(CrossSiteRequests.fromAnotherSite(null, null, HOST, PUBLIC)).isEmpty();
    }

    @Test
    void onlyAJsonBodyOrTheCustomHeaderMarksAScript() {
        assertThat(CrossSiteRequests.sentByScript("application/json; charset=UTF-8", null))
                .isTrue();
        assertThat(CrossSiteRequests.sentByScript("application/merge-patch+json", null)).isTrue();
        assertThat(CrossSiteRequests.sentByScript(null, "ops-script")).isTrue();
        assertThat(CrossSiteRequests.sentByScript("application/x-www-form-urlencoded", null))
                .isFalse();
        assertThat(CrossSiteRequests.sentByScript("text/plain", " ")).isFalse();
        assertThat(CrossSiteRequests.sentByScript("multipart/form-data; boundary=x", null))
                .isFalse();
        assertThat(CrossSiteRequests.sentByScript(null, null)).isFalse();
    }

    @Test
    void onlyReadsAreSafe() {
        assertThat(CrossSiteRequests.changesState("GET")).isFalse();
        assertThat(CrossSiteRequests.changesState("head")).isFalse();
        assertThat(CrossSiteRequests.changesState("POST")).isTrue();
        assertThat(CrossSiteRequests.changesState("DELETE")).isTrue();
    }
}
