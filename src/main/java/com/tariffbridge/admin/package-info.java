/**
 * What the provider's staff see and do: the admin API and pages, all behind the {@code admin} role
 * of the server's user registry, which never holds customers.
 */
package com.tariffbridge.admin;
