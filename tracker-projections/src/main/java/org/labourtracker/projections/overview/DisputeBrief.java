package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.evidence.When;

/** One dispute in the overview; {@code employers} and {@code unions} by name, in the order they joined. */
public record DisputeBrief(String disputeId, String title, DisputeStatus status, boolean active, String country,
                           String region, String industry, List<String> employers, List<String> unions,
                           When started) {
}
