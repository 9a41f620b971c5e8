package com.tariffbridge.sandbox;

/** A request body FlatPeak would answer with {@code invalid_request}; the code names the fault. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
