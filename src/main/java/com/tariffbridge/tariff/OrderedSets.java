package com.tariffbridge.tariff;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Immutable copies that iterate in calendar order, so schedules print and serialise predictably.
 */
final class OrderedSets {

    private OrderedSets() {}

    static <E extends Enum<E>> Set<E> copyOf(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    static SortedSet<Integer> sortedCopyOf(Collection<Integer> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
