/**
 * Grants and the tokens we issue for them. A grant binds one customer, one supply point and one
 * FlatPeak account; its tokens are opaque random strings that exist in the database only as SHA-256
 * hashes.
 */
package com.tariffbridge.token;
