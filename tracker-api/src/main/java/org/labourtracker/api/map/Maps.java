package org.labourtracker.api.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.labourtracker.api.reading.Views;
import org.labourtracker.projections.map.MapPlaces;
import org.labourtracker.projections.map.MapPlacesQuery;
import org.labourtracker.projections.overview.DisputeBrief;
import org.springframework.stereotype.Service;

/**
 * The maps of the overview and of each dispute, from the standing records counted per place
 * ({@link MapPlacesQuery}): a marker names a dispute and a place, never a person, so every reader sees
 * the same map.
 */
@Service
public class Maps {

    private final Views views;
    private final CountryCentres countryCentres;

    Maps(Views views, CountryCentres countryCentres) {
        this.views = views;
        this.countryCentres = countryCentres;
    }

    /** The disputes given (those the overview's filters keep) at the places of their records. */
    public MapMarkers disputes(List<DisputeBrief> disputes) {
        Map<String, String> titles = titles(disputes);
        return markers(views.places(MapPlacesQuery.of(titles.keySet())), titles);
    }

    /** One dispute at the places of its records; an unknown dispute is a 404, as for its summary. */
    public MapMarkers dispute(String disputeId, boolean confidentialVisible) {
        String title = views.summary(disputeId, confidentialVisible).title();
        return markers(views.places(MapPlacesQuery.of(Set.of(disputeId))), Map.of(disputeId, title));
    }

    private MapMarkers markers(MapPlaces places, Map<String, String> titles) {
        return new Placement(places.regionPoints(), countryCentres).markers(places.places(), titles);
    }

    private static Map<String, String> titles(List<DisputeBrief> briefs) {
        return briefs.stream().collect(Collectors.toMap(DisputeBrief::disputeId,
                brief -> brief.title() == null ? brief.disputeId() : brief.title(), (a, b) -> a));
    }
}
