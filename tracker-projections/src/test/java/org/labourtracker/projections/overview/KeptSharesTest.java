package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.history.Json;

/**
 * A dispute's shares of the totals as its brief's row keeps them, as arrays, the sums whole; and its parts
 * in a row of their own, only as many as the overview can list. The figures are those of 16 December 2011 in Zhanaozen: 16 killed, one of the
 * officials' counts (the domain guide), and "over 70 people were killed" (WSWS, in the Mangystau
 * fixtures); the 150 incidents are more than any real dispute here has, to pass the overview's limit.
 */
class KeptSharesTest {

    private static final SideRange OFFICIAL = new SideRange(16, 16, 1, false, false, false);
    private static final SideRange INDEPENDENT = new SideRange(71, null, 1, false, true, false);

    @Test
    void aSharesSumsAreKeptWholeAndItsPartsUpToWhatTheOverviewLists() {
        List<FigurePart> parts = IntStream.range(0, 150).mapToObj(i -> new FigurePart("zhanaozen-2011",
                "incident-" + i, List.of("killed-" + i), new Spread(OFFICIAL, INDEPENDENT))).toList();
        Overviews.Share share = new Overviews.Share(Overviews.total(Collections.nCopies(150, OFFICIAL)),
                Overviews.total(Collections.nCopies(150, INDEPENDENT)), 150, parts);
        Map<Overviews.Counted, Overviews.Share> shares = Map.of(new Overviews.Counted(FigureKind.KILLED, null), share);

        String column = OverviewTables.KeptShare.text(shares);
        List<OverviewTables.KeptShare> kept = OverviewTables.KeptShare.read(column);
        List<OverviewTables.KeptParts> listed = Json.value(Json.text(OverviewTables.KeptParts.of(shares)),
                new TypeReference<>() {
                });

        assertThat(column).isEqualTo("[[\"KILLED\",null,[2400,2400,150,0,0,false,false,false],"
                + "[10650,null,150,0,150,false,true,false],150]]");
        assertThat(kept).containsExactly(new OverviewTables.KeptShare(FigureKind.KILLED, null,
                new SideTotal(2400, 2400, 150, 0, 0, false, false, false),
                new SideTotal(10650, null, 150, 0, 150, false, true, false), 150));
        assertThat(listed).singleElement().satisfies(first -> {
            assertThat(first.counted()).isEqualTo(new Overviews.Counted(FigureKind.KILLED, null));
            assertThat(first.listed()).hasSize(Overviews.LISTED_PARTS).isEqualTo(parts.subList(0, 100));
        });
    }
}
