package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.evidence.When;

/** One dispute in the overview. */
public record DisputeBrief(String disputeId, String title, DisputeStatus status, boolean active, String country,
                           String region, String industry, List<String> employers, When started) {
}
