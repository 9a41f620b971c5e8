package com.tariffbridge.tariff.rest;

/** A worked example of the tariff answer for the OpenAPI document (Alice's EV night rate). */
final class TariffExample {

    static final String ALICE = """
            {"object":"tariff","supply_point":"SP-1000-0001","timezone":"Europe/London","currency":"GBP",
             "contract":{"start_date":"2026-01-01T00:00:00Z","term_type":"FIXED_TERM","status":"ACTIVE",
                         "end_date":"2027-01-01T00:00:00Z"},
             "tariff":{"import":{"direction":"IMPORT","type":"COMMODITY","display_name":"EV Night Saver",
               "kind":"TIME_OF_DAY","timezone":"Europe/London","currency":"GBP","market_rates":false,
               "standing_charge":0.53000,
               "schedule":[{"months":["All"],"dates":[],"days_and_hours":[{"days":["All"],"hours":[
                 {"valid_from":"00:00:00","valid_to":"00:30:00","rate":[{"fixed":0.28000,"to_kwh":null}]},
                 {"valid_from":"00:30:00","valid_to":"05:30:00","rate":[{"fixed":0.07000,"to_kwh":null}]},
                 {"valid_from":"05:30:00","valid_to":"00:00:00","rate":[{"fixed":0.28000,"to_kwh":null}]}]}]}],
               "contract_start_date":"2026-01-01T00:00:00Z","contract_end_date":"2027-01-01T00:00:00Z"},
              "export":null},
             "standing_charge":0.53000,
             "rates":[{"valid_from":"2026-11-27T12:00:00Z","valid_to":"2026-11-28T00:30:00Z","rate":0.28000},
                      {"valid_from":"2026-11-28T00:30:00Z","valid_to":"2026-11-28T05:30:00Z","rate":0.07000},
                      {"valid_from":"2026-11-28T05:30:00Z","valid_to":"2026-11-29T00:30:00Z","rate":0.28000},
                      {"valid_from":"2026-11-29T00:30:00Z","valid_to":"2026-11-29T05:30:00Z","rate":0.07000},
                      {"valid_from":"2026-11-29T05:30:00Z","valid_to":"2026-11-29T12:00:00Z","rate":0.28000}],
             "rates_until":"2026-11-29T12:00:00Z","last_updated":"2026-11-27T05:25:09Z",
             "next_update":"2026-11-28T12:00:00Z","stale":false}""";

    private TariffExample() {
    }
}
