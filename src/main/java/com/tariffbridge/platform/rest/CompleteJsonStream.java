package com.tariffbridge.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON answer as the parser reads it, refused (an IOException, which the JSON-B reader turns into
 * the call's ProcessingException) as soon as it is larger than allowed or closes more than it
 * opened, and at its end when it ends inside a value: the parser then never sees an end of input in
 * the middle of a value.
 */
final class CompleteJsonStream extends FilterInputStream {

    private final long maxBytes;
    private final JsonNesting nesting = new JsonNesting();
    private long count;

    CompleteJsonStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n == -1) {
            if (!nesting.closed()) {
                throw new IOException("JSON answer ends inside an object, array or string");
            }
            return -1;
        }
        count += n;
        if (count > maxBytes) {
            throw new IOException("JSON answer larger than " + maxBytes + " bytes");
        }
        if (!nesting.read(buffer, offset, n)) {
            throw new IOException("JSON answer closes more objects or arrays than it opens");
        }
        return n;
    }

    /** Skipped bytes are read, so that the nesting still counts them. */
    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read == -1) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int limit) {
        // a reset would count the same bytes twice
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
