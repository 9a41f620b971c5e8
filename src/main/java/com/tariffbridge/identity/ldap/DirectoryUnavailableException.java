package com.tariffbridge.identity.ldap;

/** The customer directory did not answer usably: "try again", never "wrong password". */
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
