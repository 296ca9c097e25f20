package org.labourtracker.api.map;

import org.labourtracker.api.security.Clearance;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The map's markers: where disputes happened, each place with its precision and whether it is approximate. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class MapController {

    private final Maps maps;

    MapController(Maps maps) {
        this.maps = maps;
    }

    /** Every dispute at the places of its standing records, as the overview's map shows them. */
    @GetMapping("/overview/map")
    MapMarkers overview() {
        return maps.overview();
    }

    /** A dispute at the places of its standing records, as its page's map shows them. */
    @GetMapping("/disputes/{disputeId}/map")
    MapMarkers dispute(@PathVariable String disputeId, Authentication reader) {
        return maps.dispute(disputeId, Clearance.mayReadConfidential(reader));
    }
}
