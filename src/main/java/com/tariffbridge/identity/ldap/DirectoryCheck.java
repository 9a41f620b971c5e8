package com.tariffbridge.identity.ldap;

import com.tariffbridge.identity.IdpIdentity;

/** How a password check against the provider's directory ended. */
public sealed interface DirectoryCheck {

    /** The directory accepted the bind: who this is, as the directory describes them. */
    record Verified(IdpIdentity identity) implements DirectoryCheck {}

    /** No entry for the address, several, or a wrong password: deliberately the same answer. */
    record Wrong() implements DirectoryCheck {}

    /** The directory did not answer in time or refused our service account. */
    record Unavailable() implements DirectoryCheck {}
}
