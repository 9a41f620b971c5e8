/**
 * Keeps our tariff snapshots and contract terms in step with the provider's billing system. A
 * persistent timer (and the ops trigger) runs {@link com.tariffbridge.billing.TariffSync}, which
 * reads billing through the {@link com.tariffbridge.billing.TariffSource} port in bounded pages;
 * polls are then answered from the snapshots, so FlatPeak's load never reaches billing.
 */
package com.tariffbridge.billing;
