package org.labourtracker.projections.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * The standing records of each stream per place, kept in a table beside the records ({@code _place}, in
 * both sets) by the transaction that writes them, as the records per period are: records added are
 * counted in, the streams of records edited (which may have moved or stopped standing) are counted
 * again. A map then reads a few rows per dispute instead of every record of every dispute.
 */
@Component
public class PlaceTable implements RecordTable.KeptView {

    static final String PLACES = "_place";
    /** The key of the row that counts the records naming no place. */
    private static final String NOWHERE = "-";
    /** Streams counted again, or disputes read, per statement. */
    private static final int CHUNK = 200;

    private final RecordTable table;
    private final OverviewTables overview;
    private final NamedParameterJdbcTemplate named;

    @Autowired
    PlaceTable(RecordTable table, OverviewTables overview, JdbcTemplate jdbc) {
        this(table, overview, new NamedParameterJdbcTemplate(jdbc));
        table.keep(this);
    }

    private PlaceTable(RecordTable table, OverviewTables overview, NamedParameterJdbcTemplate named) {
        this.table = table;
        this.overview = overview;
        this.named = named;
    }

    /** Counts every stream's records afresh in the set of tables with this suffix: for records stored before the counts were kept. */
    public static void fill(JdbcTemplate jdbc, RecordTable table, String suffix) {
        PlaceTable places = new PlaceTable(table, null, new NamedParameterJdbcTemplate(jdbc));
        table.reading(suffix, () -> {
            List<String> streams = jdbc.queryForList("SELECT stream_id FROM " + table.servedTable("_stream")
                    + " ORDER BY stream_id", String.class);
            places.countAgain(streams);
            return null;
        });
    }

    @Override
    public void written(List<RecordTable.Written> written) {
        Set<String> recount = new TreeSet<>();
        written.stream().filter(RecordTable.Written::countAgain).forEach(w -> recount.add(w.record().streamId()));
        Map<Row, Long> added = new LinkedHashMap<>();
        for (RecordTable.Written w : written) {
            StoredRecord record = w.record();
            if (!recount.contains(record.streamId()) && record.stands()) {
                added.merge(Row.of(record), 1L, Long::sum);
            }
        }
        countAgain(recount);
        add(added);
    }

    /** Nothing to complete: the counts are kept in the transaction that writes the records. */
    @Override
    public void complete(String suffix) {
    }

    private void countAgain(Collection<String> streams) {
        List<String> all = List.copyOf(streams);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            named.update("DELETE FROM " + table.servedTable(PLACES) + " WHERE stream_id IN (:streams)",
                    new MapSqlParameterSource("streams", chunk));
            Map<Row, Long> counted = new LinkedHashMap<>();
            table.standingOf(chunk).forEach(record -> counted.merge(Row.of(record), 1L, Long::sum));
            insert(counted);
        }
    }

    private void add(Map<Row, Long> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Map.Entry<Row, Long>> rows = List.copyOf(added.entrySet());
        int[] updated = named.getJdbcTemplate().batchUpdate("UPDATE " + table.servedTable(PLACES)
                        + " SET records = records + ? WHERE stream_id = ? AND place_key = ?",
                rows.stream().map(e -> new Object[]{e.getValue(), e.getKey().streamId(), e.getKey().key()}).toList());
        Map<Row, Long> firsts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                firsts.put(rows.get(i).getKey(), rows.get(i).getValue());
            }
        }
        insert(firsts);
    }

    private void insert(Map<Row, Long> rows) {
        List<Object[]> values = new ArrayList<>();
        rows.forEach((row, records) -> {
            Place place = row.place();
            Coordinates point = place == null ? null : place.coordinates();
            values.add(new Object[]{row.streamId(), row.key(), row.disputeId(), place == null ? null : place.name(),
                    place == null ? null : place.region(), place == null ? null : place.country(),
                    point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                    point == null || point.precision() == null ? null : point.precision().name(), records});
        });
        if (!values.isEmpty()) {
            named.getJdbcTemplate().batchUpdate("INSERT INTO " + table.servedTable(PLACES) + " (stream_id, place_key, "
                    + "dispute_id, name, region, country, latitude, longitude, geo_precision, records) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
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
        // the disputes listed are those with a brief: computed first, as for the dispute list
        overview.beforeReading();
        return table.consistently(() -> {
            String places = table.servedTable(PLACES);
            MapSqlParameterSource parameters = new MapSqlParameterSource("disputes", query.disputeIds());
            List<PlaceCount> counts = named.query("SELECT dispute_id, name, region, country, latitude, longitude, "
                    + "geo_precision, SUM(records) FROM " + places + " p WHERE records > 0 AND p.dispute_id IN (:disputes)"
                    + " GROUP BY dispute_id, place_key, name, region, country, latitude, longitude, geo_precision "
                    + "ORDER BY dispute_id, place_key", parameters, PlaceTable::count);
            Set<List<String>> regions = new LinkedHashSet<>();
            counts.stream().map(PlaceCount::place)
                    .filter(place -> place != null && place.coordinates() == null && place.region() != null)
                    .forEach(place -> regions.add(List.of(place.country(), place.region())));
            if (regions.isEmpty()) {
                return new MapPlaces(counts, List.of());
            }
            // each point of the region once, then one row with it of a dispute listed or asked for: checking the
            // dispute of every row read a brief per row, 140 ms against 40 for a region of 44,000 rows
            String pointed = "records > 0 AND latitude IS NOT NULL AND geo_precision <> 'COUNTRY'";
            String points = "SELECT pt.country, pt.region, pt.latitude, pt.longitude FROM (SELECT DISTINCT country, "
                    + "region, latitude, longitude FROM " + places + " WHERE " + pointed + " AND country = :country "
                    + "AND region = :region) pt WHERE EXISTS (SELECT 1 FROM " + places + " p WHERE p.country = pt.country "
                    + "AND p.region = pt.region AND p.latitude = pt.latitude AND p.longitude = pt.longitude AND " + pointed
                    + " AND (EXISTS (SELECT 1 FROM " + table.servedTable(OverviewTables.BRIEFS) + " b "
                    + "WHERE b.dispute_id = p.dispute_id) OR p.dispute_id IN (:disputes)))";
            List<RegionPoint> found = new ArrayList<>();
            for (List<String> region : regions) {
                found.addAll(named.query(points, new MapSqlParameterSource(parameters.getValues())
                        .addValue("country", region.get(0)).addValue("region", region.get(1)), PlaceTable::point));
            }
            return new MapPlaces(counts, found);
        });
    }

    private static PlaceCount count(ResultSet rs, int row) throws SQLException {
        String country = rs.getString(4);
        Place place = null;
        if (country != null) {
            double latitude = rs.getDouble(5);
            Coordinates point = rs.wasNull() ? null
                    : new Coordinates(latitude, rs.getDouble(6), GeoPrecision.valueOf(rs.getString(7)));
            place = new Place(rs.getString(2), rs.getString(3), country, point);
        }
        return new PlaceCount(rs.getString(1), place, rs.getLong(8));
    }

    private static RegionPoint point(ResultSet rs, int row) throws SQLException {
        return new RegionPoint(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4));
    }

    /** A stream's row for one place: its key is a digest of the place as recorded, since any part may be missing. */
    private record Row(String streamId, String disputeId, Place place) {

        static Row of(StoredRecord record) {
            return new Row(record.streamId(), record.disputeId(), record.evidence() == null ? null : record.evidence().where());
        }

        String key() {
            if (place == null) {
                return NOWHERE;
            }
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Json.text(place).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException everyJavaHasIt) {
                throw new IllegalStateException(everyJavaHasIt);
            }
        }
    }
}
