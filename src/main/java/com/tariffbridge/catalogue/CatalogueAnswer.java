package com.tariffbridge.catalogue;

/** A catalogue answer: its ETag, and its JSON unless the reader already has it (a 304). */
public record CatalogueAnswer(String etag, String body) {

    public boolean notModified() {
        return body == null;
    }
}
