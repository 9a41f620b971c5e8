package com.tariffbridge.platform.rest;

import java.util.Arrays;

/** RFC 9110 conditional requests, for every resource that answers 304. */
public final class EntityTags {

    private EntityTags() {}

    /** If-None-Match: a list of entity tags or "*", weak comparison. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2048) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
