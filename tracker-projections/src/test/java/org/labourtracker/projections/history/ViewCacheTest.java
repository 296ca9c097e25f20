package org.labourtracker.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.labourtracker.projections.history.ViewCache.Computed;
import org.labourtracker.projections.history.ViewCache.Slot;

/** A kept view is served only at the version it was computed at, and the weight stays within the capacity. */
class ViewCacheTest {

    static final Slot SUMMARY = new Slot("summary", "zhanaozen-2011", false);
    static final Slot SUMMARY_CONFIDENTIAL = new Slot("summary", "zhanaozen-2011", true);
    static final Slot FIGURES = new Slot("figures", "zhanaozen-2011", false);

    final AtomicInteger computed = new AtomicInteger();

    private <T> Computed<T> compute(T view, long weight) {
        computed.incrementAndGet();
        return new Computed<>(view, weight);
    }

    @Test
    void aViewIsComputedOncePerVersionAndAgainWhenTheVersionMoves() {
        ViewCache cache = new ViewCache(100);

        assertThat(cache.get(SUMMARY, "1:4", () -> compute("ACTIVE", 3))).isEqualTo("ACTIVE");
        assertThat(cache.get(SUMMARY, "1:4", () -> compute("never computed", 3))).isEqualTo("ACTIVE");
        assertThat(computed).hasValue(1);

        assertThat(cache.get(SUMMARY, "1:5", () -> compute("SUPPRESSED", 3))).isEqualTo("SUPPRESSED");
        assertThat(computed).hasValue(2);
        assertThat(cache.weight()).as("the older version's view was replaced, not kept beside it").isEqualTo(3);
    }

    @Test
    void eachKindOfReaderHasItsOwnView() {
        ViewCache cache = new ViewCache(100);

        cache.get(SUMMARY, "1:4", () -> compute("[confidential]", 1));
        assertThat(cache.get(SUMMARY_CONFIDENTIAL, "1:4", () -> compute("Roza Tuletayeva", 1)))
                .isEqualTo("Roza Tuletayeva");
        assertThat(cache.get(SUMMARY, "1:4", () -> compute("never computed", 1))).isEqualTo("[confidential]");
    }

    @Test
    void theLeastRecentlyUsedViewsGoOnceTheWeightPassesTheCapacity() {
        ViewCache cache = new ViewCache(10);
        cache.get(SUMMARY, "1:4", () -> compute("summary", 4));
        cache.get(FIGURES, "1:4", () -> compute("figures", 4));
        cache.get(SUMMARY, "1:4", () -> compute("never computed", 4));

        cache.get(SUMMARY_CONFIDENTIAL, "1:4", () -> compute("confidential summary", 4));

        assertThat(cache.weight()).isEqualTo(8);
        assertThat(cache.get(SUMMARY, "1:4", () -> compute("never computed", 4))).isEqualTo("summary");
        assertThat(cache.get(FIGURES, "1:4", () -> compute("figures again", 4))).isEqualTo("figures again");
        assertThat(computed).hasValue(4);
    }

    @Test
    void nothingIsKeptOfAnUnknownDisputeOrOfAViewHeavierThanTheWhole() {
        ViewCache cache = new ViewCache(10);

        assertThat(cache.<String>get(SUMMARY, "0:0", () -> compute(null, 0))).isNull();
        cache.get(FIGURES, "1:4", () -> compute("10,000 claims", 11));

        assertThat(cache.weight()).isZero();
        assertThat(cache.get(FIGURES, "1:4", () -> compute("10,000 claims", 11))).isEqualTo("10,000 claims");
        assertThat(computed).hasValue(3);
    }
}
