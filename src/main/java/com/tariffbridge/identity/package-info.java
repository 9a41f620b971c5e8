/**
 * Provider customers and how they prove who they are. The embedded store keeps PBKDF2 hashes only;
 * repeated failures lock one account for a while without affecting any other.
 */
package com.tariffbridge.identity;
