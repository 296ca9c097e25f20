package org.labourtracker.projections.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.SearchText;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.timeline.TimelineStore;
import org.springframework.stereotype.Component;

/**
 * Finds records by their words in the timeline read model. The database narrows them down by the words
 * stored for every reader; each candidate is then redacted for this reader, as the timeline redacts it,
 * and kept only if every term is still there. So a reader below AUDITOR never finds a record through a
 * confidential name, also one made confidential after the record was stored.
 */
@Component
class RecordSearch {

    /** Candidates read at a time: more than a page, since redaction may drop some. */
    private static final int BATCH = 200;
    private static final int SNIPPET = 200;

    private final RecordTable table;

    RecordSearch(TimelineStore store) {
        this.table = store.table();
    }

    @QueryHandler
    RecordHits handle(RecordSearchQuery query) {
        return table.consistently(() -> search(query));
    }

    private RecordHits search(RecordSearchQuery query) {
        List<RecordHit> hits = new ArrayList<>();
        Map<String, Redactor> redactors = new HashMap<>();
        Map<String, Set<String>> hidden = new HashMap<>();
        Map<String, Map<String, String>> demandTexts = new HashMap<>();
        TimelinePosition position = query.after();
        TimelinePosition lastHit = null;
        while (true) {
            List<StoredRecord> candidates = table.matching(query.terms(), query.disputes(), query.types(), query.to(),
                    position, BATCH);
            for (StoredRecord record : candidates) {
                position = TimelinePosition.of(record);
                if (query.from() != null && record.when().latest().isBefore(query.from())) {
                    continue;
                }
                Redactor redactor = redactors.computeIfAbsent(record.disputeId(), dispute -> {
                    List<StoredRecord> mentions = table.mentioningPeople(dispute);
                    Redactor ofDispute = Redactor.of(query.confidentialVisible(), table.confidentiality(dispute),
                            mentions);
                    Set<String> names = new HashSet<>(query.hiddenNames());
                    names.addAll(SearchText.hiddenNames(mentions, ofDispute));
                    hidden.put(dispute, names);
                    return ofDispute;
                });
                Set<String> hiddenNames = hidden.get(record.disputeId());
                Map<String, String> demands = record.payload() instanceof DemandOutcomeRecorded
                        ? demandTexts.computeIfAbsent(record.disputeId(), dispute -> Describe.demandTexts(
                                table.ofDispute(dispute, Set.of(DemandRaised.class.getSimpleName()))))
                        : Map.of();
                List<String> parts = SearchText.parts(record, redactor, demands);
                if (!SearchText.matches(SearchText.seen(record, redactor, demands, hiddenNames), query.terms())) {
                    continue;
                }
                if (hits.size() == query.limit()) {
                    return new RecordHits(hits, lastHit.cursor());
                }
                hits.add(new RecordHit(record.disputeId(), record.streamId(), record.recordId(), record.type(),
                        record.when(), parts.get(0), snippet(parts, query.terms(), hiddenNames), record.standing()));
                lastHit = position;
            }
            if (candidates.size() < BATCH) {
                return new RecordHits(hits, null);
            }
        }
    }

    /** The first text after the headline that holds a term the reader may see, around that term. */
    static String snippet(List<String> parts, List<String> terms, Set<String> hiddenNames) {
        for (String part : parts.subList(1, parts.size())) {
            String words = SearchText.without(SearchText.normalise(part), hiddenNames);
            for (String term : terms) {
                int at = words.indexOf(" " + term);
                if (at >= 0) {
                    return around(part, at);
                }
            }
        }
        return null;
    }

    private static String around(String text, int at) {
        if (text.length() <= SNIPPET) {
            return text;
        }
        int start = Math.max(0, Math.min(at - SNIPPET / 4, text.length() - SNIPPET));
        return (start > 0 ? "…" : "") + text.substring(start, start + SNIPPET).strip()
                + (start + SNIPPET < text.length() ? "…" : "");
    }
}
