package org.labourtracker.projections.organisations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.labourtracker.dispute.PartySide;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.Party;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.TimelineEntry;

/** Finds an organisation's part in disputes from their summaries and timelines: pure. */
public final class Organisations {

    private Organisations() {
    }

    /**
     * The organisation named exactly {@code name} in the summaries' parties, or null if none names it;
     * a timeline is asked for only for disputes it is party to.
     */
    public static OrganisationRecord of(String name, Collection<DisputeSummary> summaries,
                                        Function<String, DisputeTimeline> timelines) {
        List<OrganisationInDispute> parts = new ArrayList<>();
        for (DisputeSummary summary : summaries) {
            party(summary.employers(), name).ifPresent(party ->
                    parts.add(part(summary, PartySide.EMPLOYER, party, timelines)));
            party(summary.unions(), name).ifPresent(party ->
                    parts.add(part(summary, PartySide.UNION, party, timelines)));
        }
        return parts.isEmpty() ? null : new OrganisationRecord(name, List.copyOf(parts));
    }

    private static Optional<Party> party(List<Party> parties, String name) {
        return parties.stream().filter(party -> party.name().equals(name)).findFirst();
    }

    private static OrganisationInDispute part(DisputeSummary summary, PartySide side, Party party,
                                              Function<String, DisputeTimeline> timelines) {
        DisputeTimeline timeline = timelines.apply(summary.disputeId());
        // the timeline's read model may not have taken the dispute in yet
        List<TimelineEntry> records = (timeline == null ? List.<TimelineEntry>of() : timeline.entries()).stream()
                .filter(entry -> (entry.streamId().equals(summary.disputeId())
                        && entry.recordId().equals(party.recordId()))
                        || party.name().equals(entry.details().get("employer")))
                .toList();
        return new OrganisationInDispute(summary.disputeId(), summary.title(), side, party.owners(), summary.status(),
                records);
    }
}
