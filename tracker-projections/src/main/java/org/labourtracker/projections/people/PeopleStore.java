package org.labourtracker.projections.people;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.stereotype.Component;

/**
 * The people and legal track, from the record store: the dispute records that name people or release
 * them, every detention record (a case's charges may cite one that names nobody), and every
 * legal-case record. The store's streams also tell which legal cases belong to a dispute.
 */
@Component
public class PeopleStore {

    /** Records that belong on the track though they may name nobody. */
    private static final List<String> UNNAMED = List.of(DisputeEvent.DetaineesReleased.class.getSimpleName(),
            DisputeEvent.DetentionsReported.class.getSimpleName());

    private final RecordTable table;

    private final ViewCache views;

    PeopleStore(RecordTable table, ViewCache views) {
        this.table = table;
        this.views = views;
    }

    /** The dispute's records its people and legal track are made of. */
    private List<StoredRecord> track(String disputeId) {
        return table.onPeopleTrack(disputeId, UNNAMED);
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's people and legal track, or null if the read model does not know the dispute. */
    public DisputePeople people(String disputeId, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            return views.get(new ViewCache.Slot("people", disputeId, confidentialVisible), table.version(disputeId),
                    () -> {
                        List<StoredRecord> records = track(disputeId);
                        DisputePeople people = PeopleViews.of(disputeId, records,
                                Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
                        return new ViewCache.Computed<>(people, records.size());
                    });
        });
    }

    /**
     * The person across every dispute, or null if none names them or the reader may not see them. Reads
     * the disputes that name them or mark them confidential, and no other.
     */
    public PersonRecord person(String personId, boolean confidentialVisible) {
        return table.consistently(() -> {
            Map<String, List<StoredRecord>> byDispute = new LinkedHashMap<>();
            Map<String, Confidentiality> changes = new HashMap<>();
            for (String disputeId : table.disputesOf(personId)) {
                byDispute.put(disputeId, track(disputeId));
                changes.put(disputeId, table.confidentiality(disputeId));
            }
            return PeopleViews.person(personId, byDispute, changes, confidentialVisible);
        });
    }

    /** The legal case, or null if the read model does not know it. */
    public CaseRecord legalCase(String caseId, boolean confidentialVisible) {
        return table.consistently(() -> table.disputeOf(caseId).map(disputeId -> {
            List<StoredRecord> records = track(disputeId);
            return PeopleViews.legalCase(disputeId, caseId, records,
                    Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
        }).orElse(null));
    }

    /** The ids of the legal cases in the dispute's track, as far as this read model has seen them. */
    public List<String> casesOf(String disputeId) {
        return table.streamsOf(disputeId).stream().filter(id -> !id.equals(disputeId)).toList();
    }
}
