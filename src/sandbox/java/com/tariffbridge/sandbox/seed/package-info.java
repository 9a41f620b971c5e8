/**
 * The one path by which the sandbox writes into the product's database: demo customers, load-test
 * fixtures and bench grants, which no real party could create over HTTP. It exists only in the
 * sandbox WAR, which only the dev and test servers deploy.
 *
 * <p>This is a deliberate coupling. It writes the product's tables in the product's formats:
 * customers with {@code pbkdf2-sha256$iterations$salt$hash} password hashes, tariff snapshots whose
 * content hash is the SHA-256 of their body, tokens stored as the SHA-256 of the {@code tbat_}/
 * {@code tbrt_} tokens, and ids from the product's sequences in Hibernate's pooled blocks of 50. A
 * change to any of those in the product must be made here too; the contract tests in {@code
 * src/test} (SeedFormatsTest) fail when the two drift apart.
 */
package com.tariffbridge.sandbox.seed;
