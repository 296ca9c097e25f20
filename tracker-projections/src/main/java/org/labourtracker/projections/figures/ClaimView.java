package org.labourtracker.projections.figures;

import java.time.Instant;

import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

/**
 * One source's figure as a view shows it. {@code editRecordId} names the editorial record behind its
 * status: the correction that introduced a standing claim (null if first recorded so), or the
 * correction, retraction or merge that took it out of the ranges.
 */
public record ClaimView(String streamId, String recordId, Source source, Integer low, Integer best, Integer high,
                        String wording, ClaimStatus status, String editRecordId, When when, Instant recordedAt) {
}
