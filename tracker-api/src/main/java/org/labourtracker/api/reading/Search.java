package org.labourtracker.api.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.labourtracker.api.confidential.ConfidentialNames;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.DisputeCursor;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeFilter;
import org.labourtracker.projections.overview.DisputeListQuery;
import org.labourtracker.projections.search.RecordHit;
import org.labourtracker.projections.search.RecordHits;
import org.labourtracker.projections.search.RecordSearchQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Record search for the API and the pages alike. A reader below AUDITOR searches the records as
 * redacted for them, without the confidential names their answer masks (every name of a person
 * confidential anywhere, {@link ConfidentialNames}): nobody finds a record by a name they may not read.
 */
@Service
public class Search {

    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 500;
    /** The most disputes a page of disputes holds, in the list and on the overview's map. */
    public static final int MAX_DISPUTES = 200;
    /** Disputes read from the store at a time while the filters are checked. */
    private static final int CHUNK = 500;

    private final Views views;
    private final ConfidentialNames names;

    Search(Views views, ConfidentialNames names) {
        this.views = views;
        this.names = names;
    }

    /**
     * A record found, as the reader may see it, with the dispute it belongs to.
     *
     * @param disputeId    the dispute the record belongs to
     * @param disputeTitle that dispute's title
     * @param streamId     the dispute or case whose record it is
     * @param recordId     the record's id in that stream
     * @param kind         the kind of record as the API names it ({@code casualties}, {@code strikes} ...)
     * @param when         when it happened, with its precision
     * @param headline     what happened, in one line
     * @param snippet      the first of the record's texts after its headline that holds a word searched for,
     *                     shortened; null when only the headline does
     * @param standing     STANDING, RETRACTED or MERGED
     */
    public record SearchHit(String disputeId, String disputeTitle, String streamId, String recordId, String kind,
                            When when, String headline, String snippet, Standing standing) {
    }

    /**
     * Hits in timeline order; {@code next} is the cursor of the following page, or null after the last.
     *
     * @param hits the records found, in timeline order
     * @param next the cursor of the next page (pass it as after), null after the last
     */
    public record SearchPage(List<SearchHit> hits, String next) {
    }

    public SearchPage search(Filters filters, String after, int limit, Authentication reader) {
        if (filters.terms().isEmpty()) {
            throw new InvalidRequest("q", "must have a word of letters or digits");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        TimelinePosition from;
        try {
            from = after == null || after.isBlank() ? null : TimelinePosition.ofCursor(after);
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidRequest("after", "is not a cursor given by this search");
        }
        Set<String> disputes = filters.onDisputes() ? keptDisputes(filters) : null;
        RecordHits found = views.search(new RecordSearchQuery(filters.terms(), disputes, filters.types(),
                filters.from(), filters.to(), from, limit, Clearance.mayReadConfidential(reader), hidden(reader)));
        Map<String, String> titles = views.titles(found.hits().stream().map(RecordHit::disputeId)
                .collect(Collectors.toSet()));
        return new SearchPage(found.hits().stream().map(hit -> hit(hit, titles)).toList(), found.next());
    }

    /** Every dispute the filters on the dispute itself keep (not when it began: the search's dates are the records'). */
    private Set<String> keptDisputes(Filters filters) {
        return views.everyDispute(filters.disputeFilter(false)).stream().filter(filters::keeps)
                .map(DisputeBrief::disputeId).collect(Collectors.toSet());
    }

    /**
     * A page of the disputes the filters keep, as the reader may see them, in the order of their ids.
     *
     * @param disputes the page's disputes in brief
     * @param next     the cursor of the next page, null on the last
     */
    public record DisputesKept(List<DisputeBrief> disputes, String next) {
    }

    /**
     * Up to {@code limit} disputes the filters keep after the one the cursor {@code after} names; a
     * limit outside 1 to {@value #MAX_DISPUTES} or a cursor this list did not give is refused, naming it.
     */
    public DisputesKept page(Filters filters, Authentication reader, String after, int limit) {
        if (limit < 1 || limit > MAX_DISPUTES) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_DISPUTES);
        }
        List<DisputeBrief> page = disputes(filters, reader, false, Paging.afterDispute(after), limit + 1);
        boolean more = page.size() > limit;
        List<DisputeBrief> shown = more ? page.subList(0, limit) : page;
        return new DisputesKept(shown, more ? DisputeCursor.after(shown.get(shown.size() - 1).disputeId()) : null);
    }

    /**
     * Up to {@code limit} disputes that the filters keep, as the reader may see them: in the order of
     * their ids after the dispute {@code afterId}, or, {@code activeFirst}, the active first and the
     * latest begun first. The store keeps those that pass the filters on the dispute itself; the rest
     * (kinds of record, words) are checked here, dispute by dispute, {@value #CHUNK} disputes read at a time.
     */
    public List<DisputeBrief> disputes(Filters filters, Authentication reader, boolean activeFirst, String afterId,
                                       int limit) {
        Predicate<DisputeBrief> keeps = keeps(filters, reader);
        List<DisputeBrief> kept = new ArrayList<>();
        String after = afterId;
        int offset = 0;
        List<DisputeBrief> chunk;
        do {
            DisputeFilter filter = filters.disputeFilter(true);
            chunk = views.disputes(activeFirst ? DisputeListQuery.activeFirst(filter, offset, CHUNK)
                    : DisputeListQuery.after(filter, after, CHUNK));
            offset += chunk.size();
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).disputeId();
            chunk.stream().filter(keeps).limit(limit - kept.size()).forEach(kept::add);
        } while (chunk.size() == CHUNK && kept.size() < limit);
        return kept;
    }

    /**
     * Which disputes the filters keep: by the dispute itself, when it may have begun, whether it has a
     * standing record of the kind, and whether a record of it, as the reader may see it, holds the words.
     */
    public Predicate<DisputeBrief> keeps(Filters filters, Authentication reader) {
        Predicate<DisputeBrief> wanted = brief -> filters.keeps(brief) && filters.startedWithin(brief);
        if (filters.types() != null) {
            boolean visible = Clearance.mayReadConfidential(reader);
            wanted = wanted.and(brief -> views.timeline(brief.disputeId(), visible).entries().stream()
                    .anyMatch(entry -> filters.types().contains(entry.type()) && entry.standing() == Standing.STANDING));
        }
        if (!filters.terms().isEmpty()) {
            wanted = wanted.and(brief -> anyRecordHolds(brief.disputeId(), filters.terms(), reader));
        }
        return wanted;
    }

    /** Whether a record of the dispute, as the reader may see it, holds every term. */
    private boolean anyRecordHolds(String disputeId, List<String> terms, Authentication reader) {
        return !views.search(new RecordSearchQuery(terms, Set.of(disputeId), null, null, null, null, 1,
                Clearance.mayReadConfidential(reader), hidden(reader))).hits().isEmpty();
    }

    private Set<String> hidden(Authentication reader) {
        return Clearance.mayReadConfidential(reader) ? Set.of() : names.current().replacements().keySet();
    }

    private static SearchHit hit(RecordHit hit, Map<String, String> titles) {
        return new SearchHit(hit.disputeId(), titles.getOrDefault(hit.disputeId(), hit.disputeId()), hit.streamId(),
                hit.recordId(), RecordKinds.readableKind(hit.type()).orElse(hit.type()), hit.when(), hit.headline(),
                hit.snippet(), hit.standing());
    }
}
