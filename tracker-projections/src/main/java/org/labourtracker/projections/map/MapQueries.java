package org.labourtracker.projections.map;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the maps' queries. */
@Component
class MapQueries {

    private final PlaceTable places;

    MapQueries(PlaceTable places) {
        this.places = places;
    }

    @QueryHandler
    MapPlaces handle(MapPlacesQuery query) {
        return places.places(query);
    }
}
