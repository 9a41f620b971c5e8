package com.tariffbridge.tariff;

/** A rendered tariff answer: its bytes and the ETag that names exactly those bytes. */
public record TariffAnswer(String etag, String body) {}
