package org.labourtracker.api.reading;

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
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.overview.DisputeBrief;
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
        List<DisputeBrief> briefs = views.overview().briefs();
        Map<String, String> titles = briefs.stream().collect(Collectors.toMap(DisputeBrief::disputeId,
                brief -> brief.title() == null ? brief.disputeId() : brief.title()));
        Set<String> disputes = filters.onDisputes()
                ? briefs.stream().filter(filters::keeps).map(DisputeBrief::disputeId).collect(Collectors.toSet())
                : null;
        RecordHits found = views.search(new RecordSearchQuery(filters.terms(), disputes, filters.types(),
                filters.from(), filters.to(), from, limit, Clearance.mayReadConfidential(reader), hidden(reader)));
        return new SearchPage(found.hits().stream().map(hit -> hit(hit, titles)).toList(), found.next());
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
