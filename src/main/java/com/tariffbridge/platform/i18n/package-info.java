/**
 * The customer's language: which one a request is read in, and the texts in it, built in or from
 * the provider's own bundle files.
 */
package com.tariffbridge.platform.i18n;
