package com.tariffbridge.admin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates typed into admin filters: ISO days (2026-11-27) only; anything else is reported, never
 * guessed.
 */
final class AdminDates {

    private AdminDates() {}

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isBad(String text) {
        return text != null && !text.isBlank() && parse(text).isEmpty();
    }
}
