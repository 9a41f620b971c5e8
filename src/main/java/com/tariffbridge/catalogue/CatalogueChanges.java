package com.tariffbridge.catalogue;

/** What one refresh wrote: versions opened, versions whose end moved, announcements dropped. */
public record CatalogueChanges(int opened, int retimed, int dropped) {

    public boolean any() {
        return opened + retimed + dropped > 0;
    }
}
