package com.tariffbridge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.catalogue.ProductVersioning.DropLatest;
import com.tariffbridge.catalogue.ProductVersioning.Held;
import com.tariffbridge.catalogue.ProductVersioning.Open;
import com.tariffbridge.catalogue.ProductVersioning.Retime;
import com.tariffbridge.catalogue.ProductVersioning.Unchanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When billing's product makes a new version, moves an end, or changes nothing. */
class ProductVersioningTest {

    private static final Instant OCT = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");
    private static final Held SOLD_SINCE_OCTOBER = new Held(1, "old", OCT, null);

    @Test
    void aProductSeenForTheFirstTimeOpensItsFirstVersionFromBillingsValidFrom() {
        assertThat(ProductVersioning.offered(null, "old", OCT, null, NOW))
                .isEqualTo(new Open(OCT, null));
    }

    @Test
    void anUnchangedProductWritesNothing() {
        assertThat(ProductVersioning.offered(SOLD_SINCE_OCTOBER, "old", OCT, null, NOW))
                .isEqualTo(new Unchanged());
    }

    @Test
    void aChangedPriceIsANewVersionFromItsValidFromEvenWhenThatIsAhead() {
        assertThat(ProductVersioning.offered(SOLD_SINCE_OCTOBER, "new", NOW, null, NOW))
                .isEqualTo(new Open(NOW, null));
        assertThat(ProductVersioning.offered(SOLD_SINCE_OCTOBER, "new", JAN, null, NOW))
                .isEqualTo(new Open(JAN, null));
    }

    @Test
    void aChangeThatKeepsAnOldValidFromAppliesFromWhenWeLearnOfItNotBackwards() {
        assertThat(ProductVersioning.offered(SOLD_SINCE_OCTOBER, "new", OCT, null, NOW))
                .isEqualTo(new Open(NOW, null));
    }

    @Test
    void anAnnouncedVersionThatBillingChangesBeforeItStartsIsDropped() {
        var announced = new Held(2, "january", JAN, null);

        assertThat(
                        ProductVersioning.offered(
                                announced, "december", NOW.plusSeconds(3600), null, NOW))
                .isEqualTo(new DropLatest());
    }

    @Test
    void theSameContentWithAnotherEndMovesTheEndOnly() {
        assertThat(ProductVersioning.offered(SOLD_SINCE_OCTOBER, "old", OCT, JAN, NOW))
                .isEqualTo(new Retime(JAN));
        assertThat(ProductVersioning.offered(new Held(1, "old", OCT, JAN), "old", OCT, null, NOW))
                .isEqualTo(new Retime(null));
    }

    @Test
    void aProductNoLongerListedEndsNowAndAnAnnouncementOfItNeverStarts() {
        assertThat(ProductVersioning.withdrawn(SOLD_SINCE_OCTOBER, NOW)).isEqualTo(new Retime(NOW));
        assertThat(ProductVersioning.withdrawn(new Held(2, "january", JAN, null), NOW))
                .isEqualTo(new DropLatest());
        assertThat(ProductVersioning.withdrawn(new Held(1, "old", OCT, NOW.minusSeconds(1)), NOW))
                .isEqualTo(new Unchanged());
    }
}
