package org.labourtracker.projections.figures;

import java.time.Instant;

import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

/**
 * One source's figure as a view shows it. {@code editRecordId} names the editorial record behind its
 * status: the correction that introduced a standing claim (null if first recorded so), or the
 * correction, retraction or merge that took it out of the ranges.
 *
 * @param streamId     the dispute or case whose record carries the claim
 * @param recordId     the record that carries the claim
 * @param source       who gave the figure: the claim's own source
 * @param low          the source's lowest estimate, null when it gives none
 * @param best         the source's best estimate, null when it gives none
 * @param high         the source's highest estimate, null when it gives none ("at least 70")
 * @param wording      the source's words for the figure, such as "as many as 800"
 * @param status       STANDING (counts towards the ranges), SUPERSEDED, RETRACTED or MERGED (listed only)
 * @param editRecordId the correction, retraction or merge behind the status, null if first recorded so
 * @param when         when what the figure counts happened, with its precision
 * @param recordedAt   when the claim was recorded
 */
public record ClaimView(String streamId, String recordId, Source source, Integer low, Integer best, Integer high,
                        String wording, ClaimStatus status, String editRecordId, When when, Instant recordedAt) {
}
