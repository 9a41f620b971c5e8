package com.tariffbridge.platform.rest;

/** RFC 9110 conditional requests, for every resource that answers 304. */
public final class EntityTags {

    private static final int MAX_HEADER = 2048;

    private EntityTags() {}

    /**
     * If-None-Match: a list of entity tags or "*", weak comparison. Walks the header in place
     * because every conditional poll asks this; splitting and streaming it was a visible share of a
     * 304's allocation.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > MAX_HEADER) {
            return false;
        }
        int start = 0;
        int length = ifNoneMatch.length();
        while (start <= length) {
            int comma = ifNoneMatch.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            if (listMemberMatches(ifNoneMatch, start, end, etag)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean listMemberMatches(String header, int from, int to, String etag) {
        while (from < to && isWhitespace(header.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(header.charAt(to - 1))) {
            to--;
        }
        if (header.startsWith("W/", from)) {
            from += 2;
        }
        int length = to - from;
        if (length == 1 && header.charAt(from) == '*') {
            return true;
        }
        return etag != null && length == etag.length() && header.startsWith(etag, from);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t';
    }
}
