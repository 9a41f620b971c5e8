package com.tariffbridge.admin.web;

/**
 * Server-side paging: which slice of a list a page shows. A page number that is missing, not a
 * number or out of range is pulled to the nearest real page instead of failing.
 */
public record PageWindow(int page, int size, long total) {

    public static final int SIZE = 25;

    public static PageWindow of(String requested, long total) {
        int page;
        try {
            page = requested == null ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        return new PageWindow(Math.min(Math.max(page, 1), last), SIZE, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int getLast() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getLast();
    }

    public int getPrevious() {
        return page - 1;
    }

    public int getNext() {
        return page + 1;
    }
}
