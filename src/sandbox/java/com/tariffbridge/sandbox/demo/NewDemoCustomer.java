package com.tariffbridge.sandbox.demo;

import jakarta.json.bind.annotation.JsonbProperty;

/** A customer just created through the sandbox, with the password it can sign in with. */
public record NewDemoCustomer(
        @JsonbProperty("email") String email,
        @JsonbProperty("password") String password,
        @JsonbProperty("supply_point") String supplyPoint) {}
