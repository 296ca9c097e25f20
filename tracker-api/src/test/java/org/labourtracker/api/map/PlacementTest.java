package org.labourtracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.projections.map.MapPlaces.RegionPoint;
import org.labourtracker.projections.map.PlaceCount;

/**
 * Where records go on the map, without Spring: the 2011 Mangystau strike's places (Zhanaozen, Aktau,
 * Shetpe at settlement precision), records known only to the region or the country, and one in
 * Gibraltar, which the basemap's 1:50m outlines do not draw.
 */
class PlacementTest {

    private static final String DISPUTE = "mangystau-oil-strike-2011";
    private static final String TITLE = "Mangystau oil workers' strike";
    private static final String REGION = "Mangystau Region";
    private static final Map<String, String> TITLES = Map.of(DISPUTE, TITLE);

    private final CountryCentres countries = new CountryCentres();

    @Test
    void aRecordKnownOnlyToItsRegionStandsAtTheMeanOfTheRegionsPointsMarkedApproximate() {
        List<PlaceCount> places = List.of(
                new PlaceCount(DISPUTE, town("Zhanaozen", 43.34, 52.86), 2),
                new PlaceCount(DISPUTE, town("Aktau", 43.65, 51.17), 1),
                new PlaceCount(DISPUTE, new Place(null, REGION, "KZ", null), 1));
        List<RegionPoint> points = List.of(new RegionPoint("KZ", REGION, 43.34, 52.86),
                new RegionPoint("KZ", REGION, 43.65, 51.17));

        MapMarkers map = new Placement(points, countries).markers(places, TITLES);

        assertThat(map.markers()).containsExactly(
                new MapMarker(DISPUTE, TITLE, "Zhanaozen", REGION, "KZ", 43.34, 52.86, GeoPrecision.SETTLEMENT, false, 2),
                new MapMarker(DISPUTE, TITLE, "Aktau", REGION, "KZ", 43.65, 51.17, GeoPrecision.SETTLEMENT, false, 1),
                new MapMarker(DISPUTE, TITLE, REGION, REGION, "KZ", 43.495, 52.015, GeoPrecision.REGION, true, 1));
        assertThat(map.unplaced()).isZero();
    }

    @Test
    void withoutPointsInItsRegionARecordStandsAtItsCountrysCentre() {
        List<PlaceCount> places = List.of(
                new PlaceCount(DISPUTE, new Place("State-run oil refinery", null, "KZ", null), 1),
                new PlaceCount(DISPUTE, new Place("Shetpe", REGION, "KZ", null), 1));

        MapMarkers map = new Placement(List.of(), countries).markers(places, TITLES);

        assertThat(map.markers()).containsExactly(
                new MapMarker(DISPUTE, TITLE, "Shetpe", REGION, "KZ", 48.16, 67.29, GeoPrecision.COUNTRY, true, 1),
                new MapMarker(DISPUTE, TITLE, "State-run oil refinery", null, "KZ", 48.16, 67.29, GeoPrecision.COUNTRY,
                        true, 1));
    }

    @Test
    void placesThatAreTheSamePointMakeOneMarkerAndPlacesOffTheBasemapAreCounted() {
        // the records of the dispute's legal case, counted apart, at the same town
        List<PlaceCount> places = List.of(
                new PlaceCount(DISPUTE, town("Aktau", 43.65, 51.17), 3),
                new PlaceCount(DISPUTE, town("Aktau", 43.65, 51.17), 2),
                new PlaceCount(DISPUTE, new Place("Gibraltar", null, "GI", null), 1),
                new PlaceCount(DISPUTE, null, 4));

        MapMarkers map = new Placement(List.of(), countries).markers(places, TITLES);

        assertThat(map.markers()).containsExactly(
                new MapMarker(DISPUTE, TITLE, "Aktau", REGION, "KZ", 43.65, 51.17, GeoPrecision.SETTLEMENT, false, 5));
        assertThat(map.unplaced()).isEqualTo(5);
    }

    private static Place town(String name, double latitude, double longitude) {
        return new Place(name, REGION, "KZ", new Coordinates(latitude, longitude, GeoPrecision.SETTLEMENT));
    }
}
