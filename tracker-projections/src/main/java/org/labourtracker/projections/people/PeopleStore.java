package org.labourtracker.projections.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.projections.history.DisputeCursor;
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
     * A page of the person's disputes, or null if none names them or the reader may not see them. Whether
     * the reader may is decided over every dispute at once, from the store's names and confidentiality
     * changes ({@link RecordTable#confidentialAnywhere}), so that no page shows a person another page
     * would hide; then only the page's disputes are read, and the first dispute naming them (who they are).
     */
    public PersonRecord person(PersonQuery query) {
        String personId = query.personId();
        return table.consistently(() -> {
            if (!query.confidentialVisible() && table.confidentialAnywhere(personId)) {
                return null;
            }
            // in Java's order of ids, as the cursor compares them, whatever the database's collation
            List<String> disputes = table.disputesOf(personId).stream().sorted().toList();
            PersonRecord who = null;
            List<PersonInDispute> shown = new ArrayList<>();
            String lastShown = null;
            for (String disputeId : disputes) {
                boolean onPage = query.afterDisputeId() == null || disputeId.compareTo(query.afterDisputeId()) > 0;
                if (!onPage && who != null) {
                    continue;
                }
                PersonRecord inDispute = PeopleViews.person(personId, Map.of(disputeId, track(disputeId)),
                        Map.of(disputeId, table.confidentiality(disputeId)), query.confidentialVisible());
                if (inDispute == null) {
                    continue;
                }
                if (who == null) {
                    who = inDispute;
                }
                if (!onPage) {
                    continue;
                }
                if (shown.size() >= query.limit()) {
                    return page(who, shown, DisputeCursor.after(lastShown));
                }
                shown.addAll(inDispute.disputes());
                lastShown = disputeId;
            }
            return who == null ? null : page(who, shown, null);
        });
    }

    private static PersonRecord page(PersonRecord who, List<PersonInDispute> shown, String next) {
        return new PersonRecord(who.personId(), who.name(), who.role(), who.confidential(), List.copyOf(shown), next);
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
