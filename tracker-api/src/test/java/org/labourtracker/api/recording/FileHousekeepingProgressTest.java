package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Packing gives up once the garbage stops shrinking, as it did on a 15 GB benchmark file whose last
 * quarter-live chunks H2 would not rewrite, and tries again only after something new was recorded.
 */
class FileHousekeepingProgressTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final FileHousekeeping.Progress progress = new FileHousekeeping.Progress(Duration.ofSeconds(90));

    @Test
    void goesOnWhileTheGarbageShrinksAndForThePatienceAfter() {
        assertThat(progress.worthGoingOn(9_000, 0)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 30 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 119 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_500, 120 * SECOND)).isFalse();
        assertThat(progress.worthGoingOn(6_000, 400 * SECOND)).isFalse();
    }

    @Test
    void lessGarbageAtLastStartsThePatienceAgain() {
        progress.worthGoingOn(9_000, 0);
        assertThat(progress.worthGoingOn(9_000, 80 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, 89 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, 178 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, 179 * SECOND)).isFalse();
    }

    @Test
    void somethingRecordedMakesItTryAgainEvenWithMoreGarbageThanBefore() {
        progress.worthGoingOn(6_000, 0);
        assertThat(progress.worthGoingOn(6_000, 100 * SECOND)).isFalse();

        progress.restart();

        assertThat(progress.worthGoingOn(7_000, 101 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(7_000, 190 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(7_000, 191 * SECOND)).isFalse();
    }
}
