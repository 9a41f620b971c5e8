/**
 * FlatPeak's wire format: the MicroProfile REST client, the JSON records exactly as FlatPeak spells
 * them, and the mapping of its error answers. Nothing outside this package sees them.
 */
package com.tariffbridge.flatpeak.client;
