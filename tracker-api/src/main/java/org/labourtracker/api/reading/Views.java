package org.labourtracker.api.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.labourtracker.api.transparency.LogProofs;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.figures.DisputeFiguresQuery;
import org.labourtracker.projections.map.MapPlaces;
import org.labourtracker.projections.map.MapPlacesQuery;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeBriefsQuery;
import org.labourtracker.projections.overview.DisputeFilter;
import org.labourtracker.projections.overview.DisputeList;
import org.labourtracker.projections.overview.DisputeListQuery;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.OverviewQuery;
import org.labourtracker.projections.organisations.OrganisationQuery;
import org.labourtracker.projections.organisations.OrganisationRecord;
import org.labourtracker.projections.people.CaseQuery;
import org.labourtracker.projections.people.CaseRecord;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.DisputePeopleQuery;
import org.labourtracker.projections.people.PersonQuery;
import org.labourtracker.projections.people.PersonRecord;
import org.labourtracker.projections.search.RecordHits;
import org.labourtracker.projections.search.RecordSearchQuery;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelinePageQuery;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.projections.timeline.RecentRecords;
import org.labourtracker.projections.timeline.RecentRecordsQuery;
import org.labourtracker.projections.timeline.TimelinePage;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.stereotype.Service;

/**
 * The read models as the outside world asks for them: one query each, an unknown dispute a 404.
 * Shared by the API, the exports and the pages, so that all of them redact alike.
 */
@Service
public class Views {

    private static final int EVERY_CHUNK = 1000;

    private final QueryGateway queries;
    private final LogProofs log;

    Views(QueryGateway queries, LogProofs log) {
        this.queries = queries;
        this.log = log;
    }

    /** A dispute whose opening record no longer stands has no summary, and the 404 says it was withdrawn. */
    public DisputeSummary summary(String disputeId, boolean confidentialVisible) {
        DisputeSummary summary = ask(new DisputeSummaryQuery(disputeId, confidentialVisible), DisputeSummary.class);
        if (summary == null && ask(new DisputeTimelinePageQuery(disputeId, null, 1, confidentialVisible),
                TimelinePage.class) != null) {
            throw new StreamNotFound("disputeId", "names a withdrawn dispute, " + disputeId + ": its opening record no"
                    + " longer stands; its timeline and audit trail remain");
        }
        return found(summary, disputeId);
    }

    /** The timeline, each record with its place in the transparency log. */
    public DisputeTimeline timeline(String disputeId, boolean confidentialVisible) {
        DisputeTimeline timeline = found(ask(new DisputeTimelineQuery(disputeId, confidentialVisible),
                DisputeTimeline.class), disputeId);
        Map<String, Long> leaves = log.leafIndexesOfRecords(timeline.entries().stream()
                .map(TimelineEntry::streamId).distinct().toList());
        return new DisputeTimeline(timeline.disputeId(), timeline.entries().stream()
                .map(entry -> entry.withLeafIndex(leaves.get(entry.streamId() + "/" + entry.recordId()))).toList());
    }

    /** A page of the timeline, each record with its place in the transparency log. */
    public TimelinePage timelinePage(String disputeId, TimelinePosition after, int limit, boolean confidentialVisible) {
        TimelinePage page = found(ask(new DisputeTimelinePageQuery(disputeId, after, limit, confidentialVisible),
                TimelinePage.class), disputeId);
        Map<String, Long> leaves = log.leafIndexesOfEvents(page.entries().stream().collect(Collectors.groupingBy(
                TimelineEntry::streamId, Collectors.mapping(TimelineEntry::sequence, Collectors.toList()))));
        return page.withEntries(entries -> entries.stream()
                .map(entry -> entry.withLeafIndex(leaves.get(entry.streamId() + "/" + entry.sequence()))).toList());
    }

    public DisputeFigures figures(String disputeId, boolean confidentialVisible) {
        return found(ask(new DisputeFiguresQuery(disputeId, confidentialVisible), DisputeFigures.class), disputeId);
    }

    public DisputePeople people(String disputeId, boolean confidentialVisible) {
        return found(ask(new DisputePeopleQuery(disputeId, confidentialVisible), DisputePeople.class), disputeId);
    }

    /**
     * A person across disputes, {@code limit} disputes after {@code afterDisputeId} (null: from the first);
     * below AUDITOR a confidential person is unknown, with the same answer.
     */
    public PersonRecord person(String personId, String afterDisputeId, int limit, boolean confidentialVisible) {
        PersonRecord person = ask(new PersonQuery(personId, confidentialVisible, afterDisputeId, limit),
                PersonRecord.class);
        if (person == null) {
            throw new PersonNotFound();
        }
        return person;
    }

    public CaseRecord legalCase(String caseId, boolean confidentialVisible) {
        return found(ask(new CaseQuery(caseId, confidentialVisible), CaseRecord.class), "caseId",
                "no legal case " + caseId + " is known");
    }

    /** A page of the disputes the organisation is party to, those after the dispute {@code afterDisputeId}. */
    public OrganisationRecord organisation(String name, String afterDisputeId, int limit, boolean confidentialVisible) {
        return found(ask(new OrganisationQuery(name, confidentialVisible, afterDisputeId, limit),
                OrganisationRecord.class), "name",
                "no employer or union named " + name + " is known");
    }

    public Overview overview() {
        return ask(new OverviewQuery(), Overview.class);
    }

    /** Disputes in brief, as the query asks. */
    public List<DisputeBrief> disputes(DisputeListQuery query) {
        return ask(query, DisputeList.class).disputes();
    }

    /** The records recorded last over every dispute, the latest first, as the reader may see them. */
    public List<RecentRecords.Recent> recent(int limit, boolean confidentialVisible) {
        return ask(new RecentRecordsQuery(limit, confidentialVisible), RecentRecords.class).records();
    }

    /** Every dispute in brief that the filter keeps, in the order of their ids, read from the store a thousand at a time. */
    public List<DisputeBrief> everyDispute(DisputeFilter filter) {
        List<DisputeBrief> every = new ArrayList<>();
        List<DisputeBrief> chunk;
        do {
            chunk = disputes(DisputeListQuery.after(filter,
                    every.isEmpty() ? null : every.get(every.size() - 1).disputeId(), EVERY_CHUNK));
            every.addAll(chunk);
        } while (chunk.size() == EVERY_CHUNK);
        return every;
    }

    /** The given disputes in brief, in the order of their ids; those unknown or withdrawn are left out. */
    public List<DisputeBrief> briefs(Set<String> disputeIds) {
        return disputeIds.isEmpty() ? List.of() : ask(new DisputeBriefsQuery(disputeIds), DisputeList.class).disputes();
    }

    /** The titles of the given disputes, by id. */
    public Map<String, String> titles(Set<String> disputeIds) {
        return briefs(disputeIds).stream().collect(Collectors.toMap(DisputeBrief::disputeId,
                brief -> brief.title() == null ? brief.disputeId() : brief.title()));
    }

    /** The standing records of disputes counted per place, for their maps. */
    public MapPlaces places(MapPlacesQuery query) {
        return ask(query, MapPlaces.class);
    }

    /** Records found by their words, as {@link RecordSearchQuery} asks. */
    public RecordHits search(RecordSearchQuery query) {
        return ask(query, RecordHits.class);
    }

    public DisputeSnapshot asKnown(DisputeAsKnownQuery query) {
        return found(ask(query, DisputeSnapshot.class), query.disputeId());
    }

    private <T> T ask(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }

    private static <T> T found(T view, String disputeId) {
        return found(view, "disputeId", "no dispute " + disputeId + " is known");
    }

    private static <T> T found(T view, String field, String reason) {
        if (view == null) {
            throw new StreamNotFound(field, reason);
        }
        return view;
    }
}
