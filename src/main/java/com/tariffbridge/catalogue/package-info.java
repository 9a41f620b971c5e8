/**
 * The provider's public tariff catalogue, for FlatPeak's tariff library and for people: the
 * products billing sells, kept as versions (a changed price is a new version from its valid_from;
 * earlier versions stay readable with {@code at}), served without credentials at {@code GET
 * /api/v1/tariff-products} in FlatPeak's schedule shape and on the {@code /tariffs} page. Holds no
 * customer data.
 */
package com.tariffbridge.catalogue;
