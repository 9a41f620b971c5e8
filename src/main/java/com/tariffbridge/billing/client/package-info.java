/**
 * The provider's billing API on the wire (documented in {@code docs/billing-api.yaml}): the REST
 * client, its JSON records and the mapping into our model. Nothing outside this package sees these
 * types; the rest of the app speaks to billing through {@link
 * com.tariffbridge.billing.TariffSource}.
 */
package com.tariffbridge.billing.client;
