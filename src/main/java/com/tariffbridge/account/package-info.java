/**
 * The customer's own account area: which apps can read their tariff through FlatPeak, and the
 * control to withdraw that. Revoking ends the grant and all its tokens at once; FlatPeak learns of
 * it on its next poll ({@code consent_revoked}), because FlatPeak offers providers no push.
 */
package com.tariffbridge.account;
