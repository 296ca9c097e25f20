package org.labourtracker.projections.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.history.Json;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.ViewCache;
import org.labourtracker.projections.summary.KeptSummaries;
import org.labourtracker.projections.summary.KeptSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overview and the dispute list, from the tables kept beside the records ({@link OverviewTables}):
 * a row per dispute, a row per dispute and total, and the standing records per stream and period; the
 * rows of disputes whose records changed are computed first.
 */
@Component
public class OverviewStore implements KeptSummaries {

    /** The victims' column of a total whose records do not say who the victims were. */
    static final String UNSAID = "-";
    /** A total's columns for each side: official ({@code o_}), then independent ({@code i_}). */
    static final String SIDE_COLUMNS = String.join(", ", sideColumns("o_")) + ", " + String.join(", ", sideColumns("i_"));

    private static final TypeReference<DisputeBrief> BRIEF = new TypeReference<>() {
    };
    private static final TypeReference<KeptSummary> SUMMARY = new TypeReference<>() {
    };
    private static final TypeReference<List<FigurePart>> PARTS = new TypeReference<>() {
    };

    private final RecordTable table;
    private final OverviewTables tables;
    private final ViewCache views;
    private final NamedParameterJdbcTemplate named;

    OverviewStore(RecordTable table, OverviewTables tables, ViewCache views, JdbcTemplate jdbc) {
        this.table = table;
        this.tables = tables;
        this.views = views;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public RecordTable table() {
        return table;
    }

    /**
     * The overview, from every dispute's row and shares of the totals, and the records per period of
     * every dispute listed: kept until any stream changes.
     */
    public Overview overview() {
        tables.beforeReading();
        return table.consistently(() -> views.get(new ViewCache.Slot("overview", null, true), table.mark(), () -> {
            Overview overview = computed();
            return new ViewCache.Computed<>(overview, 1 + overview.byEmployer().size() + overview.byRegion().size()
                    + overview.eventsPerMonth().size() + overview.totals().stream().mapToLong(t -> t.parts().size()).sum());
        }));
    }

    private Overview computed() {
        String briefs = table.servedTable(OverviewTables.BRIEFS);
        String totals = table.servedTable(OverviewTables.TOTALS);
        Map<String, Map<Overviews.Counted, Overviews.Share>> shares = new HashMap<>();
        Map<Overviews.Counted, Integer> disputes = new TreeMap<>(Overviews.Counted.ORDER);
        named.getJdbcTemplate().query("SELECT dispute_id, kind, victims, " + SIDE_COLUMNS + ", parts FROM " + totals,
                (ResultSet rs) -> {
                    Overviews.Counted counted = counted(rs);
                    shares.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).put(counted,
                            new Overviews.Share(side(rs, 4), side(rs, 12), rs.getInt(20), List.of()));
                    disputes.merge(counted, 1, Integer::sum);
                });
        // the parts listed: those of the first disputes by id, each of which has at least one
        disputes.keySet().forEach(counted -> named.getJdbcTemplate().query("SELECT dispute_id, body FROM " + totals
                + " WHERE kind = ? AND victims = ? ORDER BY dispute_id LIMIT ?", (ResultSet rs) -> {
                    // a share written since the totals were read is left to the next mark's overview
                    Overviews.Share share = shares.getOrDefault(rs.getString(1), Map.of()).get(counted);
                    if (share != null) {
                        shares.get(rs.getString(1)).put(counted, new Overviews.Share(share.official(),
                                share.independent(), share.parts(), Json.value(rs.getString(2), PARTS)));
                    }
                }, counted.kind().name(), counted.victims() == null ? UNSAID : counted.victims().name(),
                Overviews.LISTED_PARTS));
        List<Overviews.Contribution> contributions = new ArrayList<>();
        named.getJdbcTemplate().query("SELECT dispute_id, body FROM " + briefs + " ORDER BY dispute_id", (ResultSet rs) -> {
            // the overview adds up briefs and shares, and reads no summary
            contributions.add(new Overviews.Contribution(rs.getString(1), Json.value(rs.getString(2), BRIEF), null,
                    shares.getOrDefault(rs.getString(1), Map.of())));
        });
        Map<String, Long> perPeriod = new TreeMap<>();
        named.getJdbcTemplate().query("SELECT p.period, SUM(p.records) FROM " + table.servedTable("_period")
                + " p WHERE EXISTS (SELECT 1 FROM " + briefs + " b WHERE b.dispute_id = p.dispute_id) GROUP BY p.period",
                (ResultSet rs) -> {
                    perPeriod.put(rs.getString(1), rs.getLong(2));
                });
        return Overviews.of(contributions, perPeriod);
    }

    /** Disputes in brief, as the query asks. */
    public DisputeList list(DisputeListQuery query) {
        tables.beforeReading();
        return table.consistently(() -> {
            StringBuilder sql = new StringBuilder("SELECT b.body FROM " + table.servedTable(OverviewTables.BRIEFS)
                    + " b WHERE 1 = 1");
            MapSqlParameterSource parameters = new MapSqlParameterSource();
            keeping(query.filter(), sql, parameters);
            if (query.activeFirst()) {
                sql.append(" ORDER BY b.active DESC, b.started_earliest DESC NULLS LAST, b.dispute_id LIMIT :limit OFFSET :offset");
                parameters.addValue("offset", query.offset());
            } else {
                if (query.afterDisputeId() != null) {
                    sql.append(" AND b.dispute_id > :after");
                    parameters.addValue("after", query.afterDisputeId());
                }
                sql.append(" ORDER BY b.dispute_id LIMIT :limit");
            }
            parameters.addValue("limit", query.limit());
            return new DisputeList(named.query(sql.toString(), parameters, (rs, i) -> Json.value(rs.getString(1), BRIEF)));
        });
    }

    /**
     * Up to {@code limit} ids of the disputes listed with an employer or a union of exactly this name, in
     * order, after {@code after} (or from the first), read along the parties' index by name.
     */
    public List<String> disputesWithParty(String name, String after, int limit) {
        tables.beforeReading();
        return table.consistently(() -> named.query("SELECT DISTINCT dispute_id FROM "
                        + table.servedTable(OverviewTables.PARTIES) + " WHERE name = :name"
                        + (after == null ? "" : " AND dispute_id > :after") + " ORDER BY dispute_id LIMIT :limit",
                new MapSqlParameterSource("name", name).addValue("after", after).addValue("limit", limit),
                (rs, i) -> rs.getString(1)));
    }

    /**
     * The dispute's kept summary unless the dispute is marked stale: read as it is, without computing the
     * stale disputes first, as a stale one is computed from its records by the reader.
     */
    @Override
    public Optional<KeptSummary> current(String disputeId) {
        return table.consistently(() -> named.query("SELECT b.summary FROM " + table.servedTable(OverviewTables.BRIEFS)
                        + " b WHERE b.dispute_id = :dispute AND NOT EXISTS (SELECT 1 FROM "
                        + table.servedTable(OverviewTables.STALE) + " s WHERE s.dispute_id = b.dispute_id)",
                new MapSqlParameterSource("dispute", disputeId), (rs, i) -> rs.getString(1)).stream()
                .filter(Objects::nonNull).findFirst().map(body -> Json.value(body, SUMMARY)));
    }

    /** The given disputes in brief, in the order of their ids. */
    public DisputeList briefs(Collection<String> disputeIds) {
        if (disputeIds.isEmpty()) {
            return new DisputeList(List.of());
        }
        tables.beforeReading();
        return table.consistently(() -> {
            Map<String, DisputeBrief> found = new TreeMap<>();
            List<String> ids = List.copyOf(disputeIds);
            for (int from = 0; from < ids.size(); from += 1000) {
                named.query("SELECT dispute_id, body FROM " + table.servedTable(OverviewTables.BRIEFS)
                                + " WHERE dispute_id IN (:ids)",
                        new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
                        (ResultSet rs) -> {
                            found.put(rs.getString(1), Json.value(rs.getString(2), BRIEF));
                        });
            }
            return new DisputeList(List.copyOf(found.values()));
        });
    }

    /** The filter as conditions on the brief {@code b} and its parties. */
    private void keeping(DisputeFilter filter, StringBuilder sql, MapSqlParameterSource parameters) {
        String parties = table.servedTable(OverviewTables.PARTIES);
        condition(sql, parameters, "UPPER(b.country) = :country",
                filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT));
        condition(sql, parameters, "LOWER(b.region) = :region",
                filter.region() == null ? null : filter.region().toLowerCase(Locale.ROOT));
        condition(sql, parameters, "b.status = :status", filter.status() == null ? null : filter.status().name());
        condition(sql, parameters, "LOWER(b.industry) LIKE :industry ESCAPE '\\'", holding(filter.industry()));
        condition(sql, parameters, "EXISTS (SELECT 1 FROM " + parties + " p WHERE p.dispute_id = b.dispute_id "
                + "AND p.side = 'EMPLOYER' AND LOWER(p.name) LIKE :employer ESCAPE '\\')", holding(filter.employer()));
        condition(sql, parameters, "EXISTS (SELECT 1 FROM " + parties + " p WHERE p.dispute_id = b.dispute_id "
                + "AND p.side = 'UNION' AND LOWER(p.name) LIKE :union ESCAPE '\\')", holding(filter.union()));
        condition(sql, parameters, "(b.started_latest IS NULL OR b.started_latest >= :from)", filter.from());
        condition(sql, parameters, "(b.started_earliest IS NULL OR b.started_earliest <= :to)", filter.to());
    }

    /** Adds the condition, whose one parameter is named after its colon, unless its value is null (not asked). */
    private static void condition(StringBuilder sql, MapSqlParameterSource parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.addValue(condition.replaceAll("^.*?:(\\w+).*$", "$1"), value);
        }
    }

    /** A LIKE pattern for names that hold the part, case aside, its own wildcards taken literally. */
    private static String holding(String part) {
        if (part == null) {
            return null;
        }
        return "%" + part.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Overviews.Counted counted(ResultSet rs) throws SQLException {
        String victims = rs.getString(3);
        return new Overviews.Counted(FigureKind.valueOf(rs.getString(2)),
                UNSAID.equals(victims) ? null : VictimCategory.valueOf(victims));
    }

    private static SideTotal side(ResultSet rs, int first) throws SQLException {
        return new SideTotal(rs.getObject(first, Integer.class), rs.getObject(first + 1, Integer.class),
                rs.getInt(first + 2), rs.getInt(first + 3), rs.getInt(first + 4), rs.getBoolean(first + 5),
                rs.getBoolean(first + 6), rs.getBoolean(first + 7));
    }

    private static List<String> sideColumns(String prefix) {
        return List.of("low", "high", "incidents", "without_low", "without_high", "open_below", "open_above", "vague")
                .stream().map(column -> prefix + column).toList();
    }
}
