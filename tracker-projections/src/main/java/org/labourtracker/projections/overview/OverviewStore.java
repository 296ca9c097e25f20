package org.labourtracker.projections.overview;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
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
 * a row per dispute (its shares of the totals in it), a row of each dispute's parts of the totals, and
 * each stream's standing records per period; the rows of disputes whose records changed are computed
 * first.
 */
@Component
public class OverviewStore implements KeptSummaries {

    private static final TypeReference<DisputeBrief> BRIEF = new TypeReference<>() {
    };
    private static final TypeReference<KeptSummary> SUMMARY = new TypeReference<>() {
    };
    private static final TypeReference<List<OverviewTables.KeptParts>> PARTS = new TypeReference<>() {
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
        List<Overviews.Contribution> contributions = new ArrayList<>();
        // the parts listed: those of each total's first disputes by id, each of which has at least one
        Map<Overviews.Counted, List<String>> listing = new TreeMap<>(Overviews.Counted.ORDER);
        named.getJdbcTemplate().query("SELECT dispute_id, body, totals FROM " + briefs + " ORDER BY dispute_id",
                (ResultSet rs) -> {
                    String disputeId = rs.getString(1);
                    Map<Overviews.Counted, Overviews.Share> shares = new TreeMap<>(Overviews.Counted.ORDER);
                    for (OverviewTables.KeptShare kept : OverviewTables.KeptShare.read(rs.getString(3))) {
                        shares.put(kept.counted(), new Overviews.Share(kept.official(), kept.independent(), kept.parts(),
                                List.of()));
                        List<String> first = listing.computeIfAbsent(kept.counted(), c -> new ArrayList<>());
                        if (first.size() < Overviews.LISTED_PARTS) {
                            first.add(disputeId);
                        }
                    }
                    // the overview adds up briefs and shares, and reads no summary
                    contributions.add(new Overviews.Contribution(disputeId, Json.value(rs.getString(2), BRIEF), null,
                            shares));
                });
        Map<String, List<OverviewTables.KeptParts>> parts = byDispute(OverviewTables.LISTED, "parts",
                listing.values().stream().flatMap(List::stream).distinct().toList(), PARTS);
        for (Overviews.Contribution contribution : contributions) {
            for (OverviewTables.KeptParts kept : parts.getOrDefault(contribution.disputeId(), List.of())) {
                Overviews.Share share = contribution.shares().get(kept.counted());
                // parts written since the shares were read are left to the next mark's overview
                if (share != null && listing.get(kept.counted()).contains(contribution.disputeId())) {
                    contribution.shares().put(kept.counted(), new Overviews.Share(share.official(), share.independent(),
                            share.parts(), kept.listed()));
                }
            }
        }
        Map<String, Long> perPeriod = new TreeMap<>();
        named.getJdbcTemplate().query("SELECT s.periods FROM " + table.servedTable("_stream") + " s WHERE s.periods "
                + "IS NOT NULL AND EXISTS (SELECT 1 FROM " + briefs + " b WHERE b.dispute_id = s.dispute_id)",
                (ResultSet rs) -> {
                    RecordTable.periods(rs.getString(1)).forEach((period, records) -> perPeriod.merge(period, records, Long::sum));
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
        return table.consistently(() -> new DisputeList(List.copyOf(new TreeMap<>(
                byDispute(OverviewTables.BRIEFS, "body", List.copyOf(disputeIds), BRIEF)).values())));
    }

    /** A JSON column of the disputes' rows in one of the served tables, by dispute, read 1,000 ids at a time. */
    private <T> Map<String, T> byDispute(String suffix, String column, List<String> ids, TypeReference<T> type) {
        Map<String, T> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            named.query("SELECT dispute_id, " + column + " FROM " + table.servedTable(suffix)
                            + " WHERE dispute_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
                    (ResultSet rs) -> {
                        found.put(rs.getString(1), Json.value(rs.getString(2), type));
                    });
        }
        return found;
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
}
