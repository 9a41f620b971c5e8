package com.tariffbridge.platform.rest;

/**
 * How deep a JSON text is nested at the bytes read so far: objects and arrays opened and not yet
 * closed, and whether it stands inside a string. Multi-byte UTF-8 characters never contain a byte
 * below 0x80, so the structural characters can be told apart byte by byte.
 */
final class JsonNesting {

    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Takes the next bytes; false once the text has closed more than it opened. */
    boolean read(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether everything that opened so far has closed. */
    boolean closed() {
        return depth == 0 && !inString;
    }
}
