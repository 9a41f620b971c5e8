package com.tariffbridge.tariff;

import java.util.List;

/**
 * A tariff was given a schedule with gaps, overlaps or malformed bands; {@link #problems()} says
 * where.
 */
public class InvalidScheduleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidScheduleException(List<String> problems) {
        super("Invalid tariff schedule: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
