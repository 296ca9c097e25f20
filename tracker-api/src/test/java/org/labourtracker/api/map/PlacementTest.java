package org.labourtracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.map.Placement.Located;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * Where records go on the map, without Spring: the 2011 Mangystau strike's places (Zhanaozen, Aktau,
 * Shetpe at settlement precision), a record known only to the region, one known only to the country,
 * and one in Gibraltar, which the basemap's 1:50m outlines do not draw.
 */
class PlacementTest {

    private static final String DISPUTE = "mangystau-oil-strike-2011";
    private static final String TITLE = "Mangystau oil workers' strike";
    private static final String REGION = "Mangystau Region";

    private final CountryCentres countries = new CountryCentres();

    @Test
    void aRecordKnownOnlyToItsRegionStandsAtTheMeanOfTheRegionsPlacesMarkedApproximate() {
        List<Located> records = List.of(
                record("strike-uzen", town("Zhanaozen", 43.34, 52.86), Standing.STANDING),
                record("square-16-december", town("Zhanaozen", 43.34, 52.86), Standing.STANDING),
                record("strike-karazhanbas", town("Aktau", 43.65, 51.17), Standing.STANDING),
                record("strike-illegal", new Place(null, REGION, "KZ", null), Standing.STANDING));

        MapMarkers map = new Placement(records, countries).markers(records);

        assertThat(map.markers()).containsExactly(
                new MapMarker(DISPUTE, TITLE, "Zhanaozen", REGION, "KZ", 43.34, 52.86, GeoPrecision.SETTLEMENT, false, 2),
                new MapMarker(DISPUTE, TITLE, "Aktau", REGION, "KZ", 43.65, 51.17, GeoPrecision.SETTLEMENT, false, 1),
                new MapMarker(DISPUTE, TITLE, REGION, REGION, "KZ", 43.495, 52.015, GeoPrecision.REGION, true, 1));
        assertThat(map.unplaced()).isZero();
    }

    @Test
    void withoutCoordinatesInItsRegionARecordStandsAtItsCountrysCentre() {
        List<Located> records = List.of(
                record("police-fire", new Place("State-run oil refinery", null, "KZ", null), Standing.STANDING),
                record("shetpe-blockade", new Place("Shetpe", REGION, "KZ", null), Standing.STANDING),
                // A point known only to the country says nothing of the region's centre.
                record("strikes-banned", new Place(null, REGION, "KZ",
                        new Coordinates(48.0, 68.0, GeoPrecision.COUNTRY)), Standing.STANDING));

        MapMarkers map = new Placement(records, countries).markers(records.subList(0, 2));

        assertThat(map.markers()).containsExactly(
                new MapMarker(DISPUTE, TITLE, "Shetpe", REGION, "KZ", 48.16, 67.29, GeoPrecision.COUNTRY, true, 1),
                new MapMarker(DISPUTE, TITLE, "State-run oil refinery", null, "KZ", 48.16, 67.29, GeoPrecision.COUNTRY,
                        true, 1));
    }

    @Test
    void retractedRecordsAreOnNoMapAndPlacesOffTheBasemapAreCounted() {
        List<Located> records = List.of(
                record("martial-law", town("Zhanaozen", 43.34, 52.86), Standing.RETRACTED),
                record("off-the-basemap", new Place("Gibraltar", null, "GI", null), Standing.STANDING),
                record("no-place", null, Standing.STANDING));

        MapMarkers map = new Placement(records, countries).markers(records);

        assertThat(map.markers()).isEmpty();
        assertThat(map.unplaced()).isEqualTo(2);
    }

    private static Place town(String name, double latitude, double longitude) {
        return new Place(name, REGION, "KZ", new Coordinates(latitude, longitude, GeoPrecision.SETTLEMENT));
    }

    private static Located record(String recordId, Place where, Standing standing) {
        return new Located(DISPUTE, TITLE, new TimelineEntry(DISPUTE, recordId, 1, "StrikeRecorded", recordId,
                When.day(2011, 12, 16), where, List.of(), List.of(), List.of(), null, Map.of(),
                Instant.parse("2011-12-20T00:00:00Z"), "monitor", standing, null, List.of(), null, null));
    }
}
