package org.labourtracker.projections.organisations;

import java.util.ArrayList;
import java.util.List;

import org.labourtracker.dispute.PartySide;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.Party;
import org.labourtracker.projections.timeline.TimelineEntry;

/** Finds an organisation's part in a dispute from the dispute's summary and its records: pure. */
public final class Organisations {

    private Organisations() {
    }

    /** A party to a dispute named as the organisation is, with its side. */
    public record Side(PartySide side, Party party) {
    }

    /**
     * The sides of the dispute whose parties are named exactly {@code name}: none, one, or both (an
     * organisation recorded as employer and as union).
     */
    public static List<Side> sides(String name, DisputeSummary summary) {
        List<Side> sides = new ArrayList<>();
        summary.employers().stream().filter(party -> party.name().equals(name)).findFirst()
                .ifPresent(party -> sides.add(new Side(PartySide.EMPLOYER, party)));
        summary.unions().stream().filter(party -> party.name().equals(name)).findFirst()
                .ifPresent(party -> sides.add(new Side(PartySide.UNION, party)));
        return sides;
    }

    /** Whether the entry names the party: the record that made it a party, or one at it as the employer. */
    public static boolean names(TimelineEntry entry, String disputeId, Party party) {
        return (entry.streamId().equals(disputeId) && entry.recordId().equals(party.recordId()))
                || party.name().equals(entry.details().get("employer"));
    }

    /** The organisation's part on one side of the dispute, with the records naming it that are shown. */
    public static OrganisationInDispute part(DisputeSummary summary, Side side, List<TimelineEntry> records,
                                             boolean moreRecords) {
        return new OrganisationInDispute(summary.disputeId(), summary.title(), side.side(), side.party().owners(),
                summary.status(), List.copyOf(records), moreRecords);
    }
}
