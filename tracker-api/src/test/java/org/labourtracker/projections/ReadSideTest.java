package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.figures.DisputeFiguresQuery;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeFilter;
import org.labourtracker.projections.overview.DisputeList;
import org.labourtracker.projections.overview.DisputeListQuery;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.OverviewQuery;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.DisputePeopleQuery;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real application with a database of each test class's own (each subclass names its own
 * in-memory H2 database with {@code @TestPropertySource}): commands go in through the command
 * gateway, views come out through the query gateway, as tracker-api will use them.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ReadSideTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;
    @Autowired
    JdbcTemplate jdbc;

    void send(List<Object> batch) {
        batch.forEach(commands::sendAndWait);
    }

    /** Waits until every read model has handled every event recorded so far. */
    void awaitReadModels() {
        TrackingToken head = eventStore.createHeadToken();
        long last = head == null ? -1 : head.position().orElseThrow();
        await().atMost(PATIENCE).until(() -> replays.progress().stream().allMatch(p -> reached(p, last)));
    }

    /** The suffix of the set of the record store's tables readers are served from now. */
    String servedSuffix() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT aside FROM rm_serving WHERE read_model = ?",
                Boolean.class, RecordProjection.TABLES)) ? "_aside" : "";
    }

    /** Waits until the overview's rows of every dispute are computed in the set readers are served from. */
    void awaitOverviewRows() {
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM rm_store_stale" + servedSuffix(),
                Integer.class) == 0);
    }

    /** The overview's rows kept beside the records (briefs, parties, first parts), in the set readers are served from. */
    Map<String, List<Map<String, Object>>> overviewRows() {
        String served = servedSuffix();
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        for (String table : List.of("rm_store_brief", "rm_store_party", "rm_store_listed")) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + served + " ORDER BY dispute_id"
                    + (table.equals("rm_store_party") ? ", side, name" : "")));
        }
        return rows;
    }

    /** Rebuilds the record store and waits until readers are served from the rebuilt set of tables. */
    void rebuildAndAwaitSwitch() {
        String servedBefore = servedSuffix();
        replays.rebuild(RecordProjection.PROCESSOR);
        await().atMost(PATIENCE).until(() -> replays.progress(RecordProjection.PROCESSOR).done());
        assertThat(servedSuffix()).isNotEqualTo(servedBefore);
    }

    private static boolean reached(ReplayProgress progress, long position) {
        return progress.done() && progress.segments().stream()
                .allMatch(s -> s.position() != null && s.position() >= position);
    }

    DisputeSummary summary(String disputeId, boolean confidentialVisible) {
        return queries.query(new DisputeSummaryQuery(disputeId, confidentialVisible), DisputeSummary.class).join();
    }

    DisputeTimeline timeline(String disputeId, boolean confidentialVisible) {
        return queries.query(new DisputeTimelineQuery(disputeId, confidentialVisible), DisputeTimeline.class).join();
    }

    DisputeFigures figures(String disputeId, boolean confidentialVisible) {
        return queries.query(new DisputeFiguresQuery(disputeId, confidentialVisible), DisputeFigures.class).join();
    }

    DisputePeople people(String disputeId, boolean confidentialVisible) {
        return queries.query(new DisputePeopleQuery(disputeId, confidentialVisible), DisputePeople.class).join();
    }

    Overview overview() {
        return queries.query(new OverviewQuery(), Overview.class).join();
    }

    /** The disputes in brief, in the order of their ids, as the dispute list reads them. */
    List<DisputeBrief> disputes() {
        return queries.query(DisputeListQuery.after(DisputeFilter.NONE, null, 1000), DisputeList.class).join().disputes();
    }

    DisputeSnapshot asKnown(DisputeAsKnownQuery query) {
        return queries.query(query, DisputeSnapshot.class).join();
    }
}
