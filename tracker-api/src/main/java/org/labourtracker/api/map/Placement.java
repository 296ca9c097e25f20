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
import org.labourtracker.projections.map.MapPlaces.RegionPoint;
import org.labourtracker.projections.map.PlaceCount;

/**
 * Where each dispute's standing records go on the map: at their own coordinates; without them, at their
 * region's centre when records of that region have coordinates (the mean of their distinct points), else
 * at their country's centre, and then marked approximate. Records of one dispute at one point make one marker.
 */
final class Placement {

    private record Region(String country, String region) {
    }

    private record Point(String place, String region, String country, double latitude, double longitude,
                         GeoPrecision precision, boolean approximate) {
    }

    private record Key(String disputeId, Point point) {
    }

    private final Map<Region, Centre> regionCentres;
    private final CountryCentres countryCentres;

    Placement(Collection<RegionPoint> regionPoints, CountryCentres countryCentres) {
        this.countryCentres = countryCentres;
        this.regionCentres = regionPoints.stream()
                .collect(Collectors.groupingBy(point -> new Region(point.country(), point.region()),
                        Collectors.mapping(point -> new Centre(point.latitude(), point.longitude()), Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, points -> mean(points.getValue())));
    }

    /** The markers of these counts, each titled by its dispute's title. */
    MapMarkers markers(List<PlaceCount> places, Map<String, String> titles) {
        Map<Key, Long> counts = new LinkedHashMap<>();
        long unplaced = 0;
        for (PlaceCount count : places) {
            Optional<Point> point = point(count.place());
            if (point.isEmpty()) {
                unplaced += count.records();
                continue;
            }
            counts.merge(new Key(count.disputeId(), point.get()), count.records(), Long::sum);
        }
        List<MapMarker> markers = counts.entrySet().stream()
                .map(count -> {
                    Key key = count.getKey();
                    Point point = key.point();
                    return new MapMarker(key.disputeId(), titles.getOrDefault(key.disputeId(), key.disputeId()),
                            point.place(), point.region(), point.country(), point.latitude(), point.longitude(),
                            point.precision(), point.approximate(), Math.toIntExact(count.getValue()));
                })
                .sorted(Comparator.comparing(MapMarker::records).reversed()
                        .thenComparing(MapMarker::disputeId).thenComparing(MapMarker::place))
                .toList();
        return new MapMarkers(markers, Math.toIntExact(unplaced));
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

    /** The mean point, to four decimals (about ten metres), which is finer than any region needs. */
    private static Centre mean(Collection<Centre> points) {
        double latitude = points.stream().mapToDouble(Centre::latitude).average().orElseThrow();
        double longitude = points.stream().mapToDouble(Centre::longitude).average().orElseThrow();
        return new Centre(Math.round(latitude * 1e4) / 1e4, Math.round(longitude * 1e4) / 1e4);
    }
}
