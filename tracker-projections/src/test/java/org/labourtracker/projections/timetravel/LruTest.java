package org.labourtracker.projections.timetravel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The past as known is kept up to a number of records; the answers asked for least recently go first. */
class LruTest {

    private final Lru<String, List<String>> kept = new Lru<>(5, List::size);

    @Test
    void theAnswerAskedForLeastRecentlyIsDroppedWhenTheRecordsWouldBeTooMany() {
        kept.put("before the shooting", List.of("open", "demand", "strike"));
        kept.put("before the correction", List.of("open", "shooting"));
        kept.get("before the shooting");
        kept.put("after the curfew", List.of("curfew"));

        assertThat(kept.get("before the correction")).isNull();
        assertThat(kept.get("before the shooting")).containsExactly("open", "demand", "strike");
        assertThat(kept.get("after the curfew")).containsExactly("curfew");
    }

    @Test
    void anAnswerLargerThanTheWholeCacheIsNotKeptAndDropsNothing() {
        kept.put("after the curfew", List.of("curfew"));
        kept.put("the whole dispute", List.of("open", "demand", "strike", "shooting", "curfew", "trial"));

        assertThat(kept.get("the whole dispute")).isNull();
        assertThat(kept.get("after the curfew")).containsExactly("curfew");
    }

    @Test
    void anAnswerKeptAgainReplacesItsOldWeight() {
        kept.put("before the shooting", List.of("open", "demand", "strike", "shooting"));
        kept.put("before the shooting", List.of("open"));
        kept.put("after the curfew", List.of("curfew", "trial", "verdict"));

        assertThat(kept.get("before the shooting")).containsExactly("open");
        assertThat(kept.get("after the curfew")).containsExactly("curfew", "trial", "verdict");
    }
}
