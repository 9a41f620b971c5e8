package com.tariffbridge.platform.rest;

/** Lets tests in other packages ask the clients' completeness check about a body. */
public final class CompleteJsonCheckProbe {

    private CompleteJsonCheckProbe() {}

    public static boolean complete(byte[] json) {
        return CompleteJsonCheck.complete(json);
    }
}
