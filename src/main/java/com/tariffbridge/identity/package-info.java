/**
 * Provider customers and how they prove who they are. The embedded store keeps PBKDF2 hashes only;
 * repeated failures lock one typed e-mail address for a while, whether or not it has an account,
 * without affecting any other.
 */
package com.tariffbridge.identity;
