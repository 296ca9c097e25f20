package org.labourtracker.projections.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The snippet a hit shows: the first text after the headline that holds a word the reader may see. */
class RecordSearchTest {

    static final List<String> PARTS = List.of("Killed: Murder of Zhaksylyk Turbayev",
            "Zhaksylyk Turbayev was murdered at his workplace", "Zhanaozen", "murdered at his workplace by hired thugs");

    @Test
    void theSnippetIsTheFirstTextAfterTheHeadlineHoldingATerm() {
        assertThat(RecordSearch.snippet(PARTS, List.of("thugs"), Set.of()))
                .isEqualTo("murdered at his workplace by hired thugs");
        assertThat(RecordSearch.snippet(PARTS, List.of("murder"), Set.of()))
                .isEqualTo("Zhaksylyk Turbayev was murdered at his workplace");
        assertThat(RecordSearch.snippet(PARTS, List.of("killed"), Set.of())).isNull();
    }

    @Test
    void aTextHoldingTheTermOnlyInAHiddenNameIsNotTheSnippet() {
        assertThat(RecordSearch.snippet(PARTS, List.of("turbayev"), Set.of("Zhaksylyk Turbayev", "Turbayev")))
                .isNull();
    }

    @Test
    void aLongTextIsShortenedAroundTheTerm() {
        String notes = "a".repeat(300) + " Yntymak Square " + "b".repeat(300);

        String snippet = RecordSearch.snippet(List.of("Protest held", notes), List.of("yntymak"), Set.of());

        assertThat(snippet).startsWith("…").endsWith("…").contains("Yntymak Square").hasSize(202);
    }
}
