package org.labourtracker.projections.organisations;

import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * An organisation's part in one dispute: its side, its owners, the dispute's status, and the records
 * that name it: the one that made it a party, and the strikes at it and its responses.
 */
public record OrganisationInDispute(String disputeId, String title, PartySide side, List<String> owners,
                                    DisputeStatus status, List<TimelineEntry> records) {
}
