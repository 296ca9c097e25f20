package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Packing gives up once neither the garbage nor the file shrinks, as it did on a 15 GB benchmark file
 * whose last quarter-live chunks H2 would not rewrite, and tries again only after something new was
 * recorded. Moving chunks shortens the file only at the end of the moves, so moves count as progress
 * until they have moved twice the file.
 */
class FileHousekeepingProgressTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private static final long FILE = 13_000;
    private static final long MOVE = 1_000;

    private final FileHousekeeping.Progress progress = new FileHousekeeping.Progress(Duration.ofSeconds(90));

    @Test
    void goesOnWhileTheGarbageShrinksAndForThePatienceAfter() {
        assertThat(progress.worthGoingOn(9_000, FILE, 0)).isTrue();
        assertThat(progress.worthGoingOn(6_000, FILE, 30 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, FILE, 119 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_500, FILE, 120 * SECOND)).isFalse();
        assertThat(progress.worthGoingOn(6_000, FILE, 400 * SECOND)).isFalse();
    }

    @Test
    void lessGarbageAtLastStartsThePatienceAgain() {
        progress.worthGoingOn(9_000, FILE, 0);
        assertThat(progress.worthGoingOn(9_000, FILE, 80 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, FILE, 89 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, FILE, 178 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(8_999, FILE, 179 * SECOND)).isFalse();
    }

    @Test
    void somethingRecordedMakesItTryAgainEvenWithMoreGarbageThanBefore() {
        progress.worthGoingOn(6_000, FILE, 0);
        assertThat(progress.worthGoingOn(6_000, FILE, 100 * SECOND)).isFalse();

        progress.restart();

        assertThat(progress.worthGoingOn(7_000, FILE, 101 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(7_000, FILE, 190 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(7_000, FILE, 191 * SECOND)).isFalse();
    }

    @Test
    void aShorterFileIsProgressThoughTheGarbageIsNoLess() {
        progress.worthGoingOn(6_000, FILE, 0);
        assertThat(progress.worthGoingOn(6_000, FILE, 89 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 4_100, 100 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 4_100, 189 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 4_100, 190 * SECOND)).isFalse();
    }

    @Test
    void movesKeepItGoingUntilTheyHaveMovedTwiceTheFile() {
        progress.worthGoingOn(6_000, FILE, 0);
        for (int move = 1; move <= 26; move++) {
            progress.moved(MOVE, FILE, move * 10 * SECOND);
            assertThat(progress.worthGoingOn(6_000, FILE, move * 10 * SECOND + 89 * SECOND)).isTrue();
        }
        progress.moved(MOVE, FILE, 270 * SECOND);
        assertThat(progress.worthGoingOn(6_000, FILE, 260 * SECOND + 89 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, FILE, 260 * SECOND + 90 * SECOND)).isFalse();
    }

    @Test
    void theFileShrinkingLetsMovesGoOnAgain() {
        progress.worthGoingOn(6_000, FILE, 0);
        for (int move = 1; move <= 27; move++) {
            progress.moved(MOVE, FILE, move * SECOND);
        }
        assertThat(progress.worthGoingOn(6_000, 12_000, 100 * SECOND)).isTrue();
        progress.moved(MOVE, 12_000, 150 * SECOND);
        assertThat(progress.worthGoingOn(6_000, 12_000, 239 * SECOND)).isTrue();
        assertThat(progress.worthGoingOn(6_000, 12_000, 240 * SECOND)).isFalse();
    }
}
