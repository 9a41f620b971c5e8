package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;

/** The body and ETag the bench baseline endpoint answers with, held in memory. */
@ApplicationScoped
public class SandboxBenchConstant {

    /** One stored answer; swapped whole so readers never see a body with another body's ETag. */
    public record Stored(String body, String etag) {}

    private volatile Stored stored = new Stored("{}", "\"empty\"");

    public Stored get() {
        return stored;
    }

    public void set(String body, String etag) {
        stored = new Stored(body, etag);
    }
}
