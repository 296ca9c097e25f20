package org.labourtracker.projections.organisations;

import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * An organisation's part in one dispute: its side, its owners, the dispute's status, and the records
 * that name it: the one that made it a party, and the strikes at it and its responses.
 *
 * @param disputeId   the dispute's id
 * @param title       the dispute's title
 * @param side        EMPLOYER or UNION
 * @param owners      the employer's owners as recorded, such as KazMunayGas; empty for a union
 * @param status      the dispute's status now (BREWING, ACTIVE, ESCALATED, SUSPENDED, SETTLED, SUPPRESSED, ENDED)
 * @param records     the records that name it, in timeline order: the first 100 of them
 * @param moreRecords whether more records name it than those shown (the dispute's timeline has them all)
 */
public record OrganisationInDispute(String disputeId, String title, PartySide side, List<String> owners,
                                    DisputeStatus status, List<TimelineEntry> records,
                                    boolean moreRecords) {
}
