package org.labourtracker.projections.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.projections.history.Json;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.map.MapPlaces.RegionPoint;
import org.labourtracker.projections.overview.OverviewTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The standing records of each stream per place, kept in the stream's row ({@code places}) by the
 * transaction that writes them, as its records per period are: records added are counted in, the streams
 * of records edited (which may have moved or stopped standing) are counted again. A map then reads a row
 * per stream of the disputes it shows instead of every record.
 * <p>
 * A record known only by its region goes at the mean of the points recorded in that region over the
 * disputes listed. Those points are counted in a row per point ({@code _point}: how many disputes listed
 * have standing records there) by the computation that keeps each dispute's brief, which alone knows
 * whether a dispute is listed ({@link OverviewTables}); a dispute whose streams gain or lose a point is
 * marked for it. Until 5 December 2026 each stream had a row per place instead: 71,302 of the 1,257,114
 * rows a rebuild of the benchmark's 1,000,066 events wrote.
 */
@Component
public class PlaceTable implements OverviewTables.PlacesKept {

    static final String POINTS = "_point";
    private static final String STREAMS = "_stream";
    /** Streams or disputes read per statement. */
    private static final int CHUNK = 200;
    private static final TypeReference<List<KeptPlace>> PLACES = new TypeReference<>() {
    };
    private static final TypeReference<List<KeptPoint>> POINT_LIST = new TypeReference<>() {
    };
    private static final Comparator<RegionPoint> POINT_ORDER = Comparator.comparing(RegionPoint::country)
            .thenComparing(RegionPoint::region).thenComparingDouble(RegionPoint::latitude)
            .thenComparingDouble(RegionPoint::longitude);

    private final RecordTable table;
    private final OverviewTables overview;
    private final NamedParameterJdbcTemplate named;

    @Autowired
    PlaceTable(RecordTable table, OverviewTables overview, JdbcTemplate jdbc) {
        this(table, overview, new NamedParameterJdbcTemplate(jdbc));
        overview.keep(this);
    }

    private PlaceTable(RecordTable table, OverviewTables overview, NamedParameterJdbcTemplate named) {
        this.table = table;
        this.overview = overview;
        this.named = named;
    }

    /** The places kept in the store's rows, for a migration that computes the overview's rows afresh. */
    public static OverviewTables.PlacesKept of(JdbcTemplate jdbc, RecordTable table) {
        return new PlaceTable(table, null, new NamedParameterJdbcTemplate(jdbc));
    }

    /** Counts every stream's records afresh in the set of tables with this suffix: for records stored before the counts were kept. */
    public static void fill(JdbcTemplate jdbc, RecordTable table, String suffix) {
        PlaceTable places = new PlaceTable(table, null, new NamedParameterJdbcTemplate(jdbc));
        table.reading(suffix, () -> {
            List<String> streams = jdbc.queryForList("SELECT stream_id FROM " + table.servedTable(STREAMS)
                    + " ORDER BY stream_id", String.class);
            for (int from = 0; from < streams.size(); from += CHUNK) {
                places.write(places.counted(streams.subList(from, Math.min(streams.size(), from + CHUNK))));
            }
            return null;
        });
    }

    @Override
    public Set<String> written(List<RecordTable.Written> written) {
        Set<String> recount = new TreeSet<>();
        Map<String, String> disputes = new HashMap<>();
        for (RecordTable.Written w : written) {
            disputes.put(w.record().streamId(), w.record().disputeId());
            if (w.countAgain()) {
                recount.add(w.record().streamId());
            }
        }
        Map<String, List<Place>> added = new TreeMap<>();
        for (RecordTable.Written w : written) {
            StoredRecord record = w.record();
            if (!recount.contains(record.streamId()) && record.stands()) {
                added.computeIfAbsent(record.streamId(), s -> new ArrayList<>()).add(where(record));
            }
        }
        Set<String> streams = new TreeSet<>(recount);
        streams.addAll(added.keySet());
        Map<String, Map<String, Counted>> before = kept(streams);
        Map<String, Map<String, Counted>> after = counted(recount);
        added.forEach((streamId, places) -> {
            Map<String, Counted> counts = new TreeMap<>(before.getOrDefault(streamId, Map.of()));
            places.forEach(place -> counts.merge(key(place), new Counted(place, 1), Counted::plus));
            after.put(streamId, counts);
        });
        write(after);
        Set<String> moved = new TreeSet<>();
        after.forEach((streamId, counts) -> {
            if (!points(counts.values()).equals(points(before.getOrDefault(streamId, Map.of()).values()))) {
                moved.add(disputes.get(streamId));
            }
        });
        return moved;
    }

    /** The streams' places as their rows keep them, each by its key. */
    private Map<String, Map<String, Counted>> kept(Collection<String> streams) {
        Map<String, Map<String, Counted>> kept = new TreeMap<>();
        readPlaces("stream_id", streams, kept::put);
        return kept;
    }

    /** The places of the streams' rows whose column ({@code stream_id} or {@code dispute_id}) is one of the ids. */
    private void readPlaces(String column, Collection<String> ids, BiConsumer<String, Map<String, Counted>> each) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            named.query("SELECT " + column + ", places FROM " + table.servedTable(STREAMS) + " WHERE " + column
                            + " IN (:ids)", new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + CHUNK))),
                    (ResultSet rs) -> {
                        each.accept(rs.getString(1), read(rs.getString(2)));
                    });
        }
    }

    /** The streams' standing records counted per place from the records themselves. */
    private Map<String, Map<String, Counted>> counted(Collection<String> streams) {
        Map<String, Map<String, Counted>> counted = new TreeMap<>();
        streams.forEach(streamId -> counted.put(streamId, new TreeMap<>()));
        if (!streams.isEmpty()) {
            table.standingOf(streams).forEach(record -> counted.get(record.streamId())
                    .merge(key(where(record)), new Counted(where(record), 1), Counted::plus));
        }
        return counted;
    }

    private void write(Map<String, Map<String, Counted>> places) {
        if (!places.isEmpty()) {
            named.getJdbcTemplate().batchUpdate("UPDATE " + table.servedTable(STREAMS) + " SET places = ? WHERE stream_id = ?",
                    places.entrySet().stream().map(e -> new Object[]{text(e.getValue()), e.getKey()}).toList());
        }
    }

    /**
     * The places of the disputes asked for, summed over their streams, and the points recorded in the
     * regions that their places without coordinates name, over the disputes listed and those asked for.
     */
    public MapPlaces places(MapPlacesQuery query) {
        if (query.disputeIds().isEmpty()) {
            return new MapPlaces(List.of(), List.of());
        }
        // the points are counted over the disputes listed when their briefs are computed: computed first
        overview.beforeReading();
        return table.consistently(() -> {
            Map<String, Map<String, Counted>> byDispute = new TreeMap<>();
            readPlaces("dispute_id", query.disputeIds(), (disputeId, places) -> places.forEach((key, counted) ->
                    byDispute.computeIfAbsent(disputeId, d -> new TreeMap<>()).merge(key, counted, Counted::plus)));
            List<PlaceCount> counts = new ArrayList<>();
            byDispute.forEach((disputeId, places) -> places.values()
                    .forEach(counted -> counts.add(new PlaceCount(disputeId, counted.place(), counted.records()))));
            Set<List<String>> regions = new LinkedHashSet<>();
            counts.stream().map(PlaceCount::place)
                    .filter(place -> place != null && place.coordinates() == null && place.region() != null)
                    .forEach(place -> regions.add(List.of(place.country(), place.region())));
            if (regions.isEmpty()) {
                return new MapPlaces(counts, List.of());
            }
            Set<RegionPoint> asked = new LinkedHashSet<>();
            byDispute.values().forEach(places -> asked.addAll(points(places.values())));
            Set<RegionPoint> found = new LinkedHashSet<>();
            for (List<String> region : regions) {
                found.addAll(named.getJdbcTemplate().query("SELECT country, region, latitude, longitude FROM "
                                + table.servedTable(POINTS) + " WHERE country = ? AND region = ? ORDER BY latitude, longitude",
                        PlaceTable::point, region.get(0), region.get(1)));
                asked.stream().filter(p -> p.country().equals(region.get(0)) && p.region().equals(region.get(1)))
                        .sorted(POINT_ORDER).forEach(found::add);
            }
            return new MapPlaces(counts, List.copyOf(found));
        });
    }

    @Override
    public Map<String, String> countPoints(Map<String, String> before, Set<String> listed) {
        Map<String, Set<RegionPoint>> now = pointsOf(listed);
        Map<RegionPoint, Long> change = new TreeMap<>(POINT_ORDER);
        before.values().forEach(text -> readPoints(text).forEach(point -> change.merge(point, -1L, Long::sum)));
        now.values().forEach(points -> points.forEach(point -> change.merge(point, 1L, Long::sum)));
        change.values().removeIf(n -> n == 0);
        if (!change.isEmpty()) {
            List<Map.Entry<RegionPoint, Long>> changes = List.copyOf(change.entrySet());
            JdbcTemplate jdbc = named.getJdbcTemplate();
            String points = table.servedTable(POINTS);
            int[] updated = jdbc.batchUpdate("UPDATE " + points + " SET disputes = disputes + ? WHERE country = ? "
                            + "AND region = ? AND latitude = ? AND longitude = ?",
                    changes.stream().map(e -> pointArguments(e.getValue(), e.getKey())).toList());
            List<Object[]> firsts = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                if (updated[i] == 0) {
                    firsts.add(pointArguments(changes.get(i).getValue(), changes.get(i).getKey()));
                }
            }
            jdbc.batchUpdate("INSERT INTO " + points + " (disputes, country, region, latitude, longitude) "
                    + "VALUES (?, ?, ?, ?, ?)", firsts);
            jdbc.update("DELETE FROM " + points + " WHERE disputes <= 0");
        }
        Map<String, String> texts = new HashMap<>();
        now.forEach((disputeId, points) -> {
            if (!points.isEmpty()) {
                texts.put(disputeId, Json.text(points.stream().sorted(POINT_ORDER)
                        .map(p -> new KeptPoint(p.country(), p.region(), p.latitude(), p.longitude())).toList()));
            }
        });
        return texts;
    }

    /** The distinct points of each dispute's standing records, over its streams, where a region is known. */
    private Map<String, Set<RegionPoint>> pointsOf(Set<String> disputes) {
        Map<String, Set<RegionPoint>> points = new HashMap<>();
        readPlaces("dispute_id", disputes, (disputeId, places) ->
                points.computeIfAbsent(disputeId, d -> new LinkedHashSet<>()).addAll(points(places.values())));
        return points;
    }

    /** The points a region's records without coordinates may take: finer than a country, with a region. */
    private static Set<RegionPoint> points(Collection<Counted> places) {
        Set<RegionPoint> points = new TreeSet<>(POINT_ORDER);
        for (Counted counted : places) {
            Place place = counted.place();
            Coordinates point = place == null ? null : place.coordinates();
            if (counted.records() > 0 && point != null && point.precision() != GeoPrecision.COUNTRY && place.region() != null) {
                points.add(new RegionPoint(place.country(), place.region(), point.latitude(), point.longitude()));
            }
        }
        return points;
    }

    private static Object[] pointArguments(long disputes, RegionPoint point) {
        return new Object[]{disputes, point.country(), point.region(), point.latitude(), point.longitude()};
    }

    private static RegionPoint point(ResultSet rs, int row) throws SQLException {
        return new RegionPoint(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4));
    }

    private static Place where(StoredRecord record) {
        return record.evidence() == null ? null : record.evidence().where();
    }

    /** A place's key: a digest of the place as recorded, since any part may be missing; the map lists places in its order. */
    private static String key(Place place) {
        if (place == null) {
            return "-";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Json.text(place).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static Map<String, Counted> read(String text) {
        Map<String, Counted> places = new TreeMap<>();
        if (text != null) {
            Json.value(text, PLACES).forEach(kept -> {
                Place place = kept.place();
                places.merge(key(place), new Counted(place, kept.records()), Counted::plus);
            });
        }
        return places;
    }

    /** The places as a stream's row keeps them, in the order of their keys; none: null. */
    private static String text(Map<String, Counted> places) {
        List<KeptPlace> kept = places.values().stream().filter(counted -> counted.records() > 0)
                .map(KeptPlace::of).toList();
        return kept.isEmpty() ? null : Json.text(kept);
    }

    private static List<RegionPoint> readPoints(String text) {
        return text == null ? List.of() : Json.value(text, POINT_LIST).stream()
                .map(p -> new RegionPoint(p.country(), p.region(), p.latitude(), p.longitude())).toList();
    }

    /** How many standing records happened at a place (null: no place recorded). */
    private record Counted(Place place, long records) {

        Counted plus(Counted other) {
            return new Counted(place, records + other.records());
        }
    }

    /** A place and its records as a stream's row keeps them: an array, so that the row stays small. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    private record KeptPlace(String name, String region, String country, Double latitude, Double longitude,
                             GeoPrecision precision, long records) {

        static KeptPlace of(Counted counted) {
            Place place = counted.place();
            Coordinates point = place == null ? null : place.coordinates();
            return new KeptPlace(place == null ? null : place.name(), place == null ? null : place.region(),
                    place == null ? null : place.country(), point == null ? null : point.latitude(),
                    point == null ? null : point.longitude(), point == null ? null : point.precision(), counted.records());
        }

        Place place() {
            if (country == null) {
                return null;
            }
            return new Place(name, region, country, latitude == null ? null
                    : new Coordinates(latitude, Objects.requireNonNull(longitude), precision));
        }
    }

    /** A point a dispute counts, as its brief's row keeps it. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    private record KeptPoint(String country, String region, double latitude, double longitude) {
    }
}
