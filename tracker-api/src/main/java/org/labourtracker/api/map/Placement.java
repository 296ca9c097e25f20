package org.labourtracker.api.map;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.labourtracker.api.map.CountryCentres.Centre;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * Where each standing record goes on the map: at its own coordinates; without them, at its region's
 * centre when other records of that region have coordinates (the mean of their distinct points), else
 * at its country's centre, and then marked approximate. Records of one dispute at one point make one marker.
 */
final class Placement {

    /** A record with the dispute it belongs to. */
    record Located(String disputeId, String disputeTitle, TimelineEntry entry) {
    }

    private record Region(String country, String region) {
    }

    private record Point(String place, String region, String country, double latitude, double longitude,
                         GeoPrecision precision, boolean approximate) {
    }

    private record Key(String disputeId, String disputeTitle, Point point) {
    }

    private final Map<Region, Centre> regionCentres;
    private final CountryCentres countryCentres;

    /** Region centres are taken from {@code everyRecord}, so that a record is placed alike on every map. */
    Placement(Collection<Located> everyRecord, CountryCentres countryCentres) {
        this.countryCentres = countryCentres;
        this.regionCentres = everyRecord.stream()
                .map(Located::entry)
                .filter(Placement::standing)
                .map(TimelineEntry::where)
                .filter(place -> place != null && place.region() != null && place.coordinates() != null
                        && place.coordinates().precision() != GeoPrecision.COUNTRY)
                .collect(Collectors.groupingBy(place -> new Region(place.country(), place.region()),
                        Collectors.mapping(place -> new Centre(place.coordinates().latitude(),
                                place.coordinates().longitude()), Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, points -> mean(points.getValue())));
    }

    MapMarkers markers(List<Located> records) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        int unplaced = 0;
        for (Located record : records) {
            if (!standing(record.entry())) {
                continue;
            }
            Optional<Point> point = point(record.entry().where());
            if (point.isEmpty()) {
                unplaced++;
                continue;
            }
            counts.merge(new Key(record.disputeId(), record.disputeTitle(), point.get()), 1, Integer::sum);
        }
        List<MapMarker> markers = counts.entrySet().stream()
                .map(count -> {
                    Key key = count.getKey();
                    Point point = key.point();
                    return new MapMarker(key.disputeId(), key.disputeTitle(), point.place(), point.region(),
                            point.country(), point.latitude(), point.longitude(), point.precision(),
                            point.approximate(), count.getValue());
                })
                .sorted(Comparator.comparing(MapMarker::records).reversed()
                        .thenComparing(MapMarker::disputeId).thenComparing(MapMarker::place))
                .toList();
        return new MapMarkers(markers, unplaced);
    }

    private Optional<Point> point(Place where) {
        if (where == null) {
            return Optional.empty();
        }
        String name = where.name() != null ? where.name() : where.region() != null ? where.region() : where.country();
        Coordinates coordinates = where.coordinates();
        if (coordinates != null) {
            return Optional.of(new Point(name, where.region(), where.country(), coordinates.latitude(),
                    coordinates.longitude(), coordinates.precision(), false));
        }
        Centre region = where.region() == null ? null : regionCentres.get(new Region(where.country(), where.region()));
        if (region != null) {
            return Optional.of(new Point(name, where.region(), where.country(), region.latitude(), region.longitude(),
                    GeoPrecision.REGION, true));
        }
        return countryCentres.of(where.country()).map(country -> new Point(name, where.region(), where.country(),
                country.latitude(), country.longitude(), GeoPrecision.COUNTRY, true));
    }

    private static boolean standing(TimelineEntry entry) {
        return entry.standing() == Standing.STANDING;
    }

    /** The mean point, to four decimals (about ten metres), which is finer than any region needs. */
    private static Centre mean(Collection<Centre> points) {
        double latitude = points.stream().mapToDouble(Centre::latitude).average().orElseThrow();
        double longitude = points.stream().mapToDouble(Centre::longitude).average().orElseThrow();
        return new Centre(Math.round(latitude * 1e4) / 1e4, Math.round(longitude * 1e4) / 1e4);
    }
}
