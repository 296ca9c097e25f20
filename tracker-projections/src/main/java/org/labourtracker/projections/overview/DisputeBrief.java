package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.evidence.When;

/**
 * One dispute in the overview; {@code employers} and {@code unions} by name, in the order they joined.
 *
 * @param disputeId the dispute's id
 * @param title     the dispute's title, such as "Mangystau oil workers strike"
 * @param status    BREWING, ACTIVE, ESCALATED, SUSPENDED, SETTLED, SUPPRESSED or ENDED, by the latest status record
 * @param active    whether the status is brewing, active or escalated
 * @param country   where it happens: ISO 3166 alpha-2 code, such as KZ
 * @param region    the region where it began, such as Mangystau Region
 * @param industry  the industry, such as oil and gas
 * @param employers the employers by name, in the order they joined
 * @param unions    the unions by name, in the order they joined
 * @param started   when the dispute began, with its precision
 */
public record DisputeBrief(String disputeId, String title, DisputeStatus status, boolean active, String country,
                           String region, String industry, List<String> employers, List<String> unions,
                           When started) {
}
