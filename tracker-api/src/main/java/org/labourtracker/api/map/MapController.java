package org.labourtracker.api.map;

import org.labourtracker.api.reading.FilterParameters;
import org.labourtracker.api.reading.Search;
import org.labourtracker.api.security.Clearance;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The map's markers: where disputes happened, each place with its precision and whether it is approximate. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class MapController {

    private final Maps maps;
    private final Search search;

    MapController(Maps maps, Search search) {
        this.maps = maps;
        this.search = search;
    }

    /**
     * The disputes at the places of their standing records, as the overview's map shows them, a page of
     * disputes at a time: the disputes {@code GET /api/disputes} lists with the same filters and cursor.
     */
    @GetMapping("/overview/map")
    MapPage overview(@ParameterObject FilterParameters filter,
                     @Parameter(description = "the cursor given as next; none to start from the first dispute")
                     @RequestParam(required = false) String after,
                     @Parameter(description = "how many disputes at most, 1 to 200")
                     @RequestParam(defaultValue = "100") int limit,
                     Authentication reader) {
        Search.DisputesKept disputes = search.page(filter.filters(), reader, after, limit);
        MapMarkers markers = maps.disputes(disputes.disputes());
        return new MapPage(markers.markers(), markers.unplaced(), disputes.next());
    }

    /** A dispute at the places of its standing records, as its page's map shows them. */
    @GetMapping("/disputes/{disputeId}/map")
    MapMarkers dispute(@PathVariable String disputeId, Authentication reader) {
        return maps.dispute(disputeId, Clearance.mayReadConfidential(reader));
    }
}
