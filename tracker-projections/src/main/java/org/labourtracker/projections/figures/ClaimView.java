package org.labourtracker.projections.figures;

import java.time.Instant;

import org.labourtracker.evidence.Counted;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;

/**
 * One source's figure as a view shows it. {@code editRecordId} names the editorial record behind its
 * status: the correction that introduced a standing claim (null if first recorded so), or the
 * correction, retraction, merge or replacement that took it out of the ranges. A {@code vague} claim
 * ("dozens") has its low and high from the convention and no best; {@code counted} says what it counts
 * when that is not the record's usual thing (employers or establishments on strike).
 *
 * @param streamId     the dispute or case whose record carries the claim
 * @param recordId     the record that carries the claim
 * @param source       who gave the figure: the claim's own source
 * @param low          the source's lowest estimate, null when it gives none
 * @param best         the source's best estimate, null when it gives none
 * @param high         the source's highest estimate, null when it gives none ("at least 70")
 * @param wording      the source's words for the figure, such as "as many as 800"
 * @param vague        the vague word the source uses instead of a number ("dozens"), null for a number
 * @param counted      what the figure counts when not the record's usual thing, null otherwise
 * @param status       STANDING (counts towards the ranges), SUPERSEDED, RETRACTED, MERGED or REPLACED (listed only)
 * @param editRecordId the correction, retraction, merge or replacement behind the status, null if first recorded so
 * @param when         when what the figure counts happened, with its precision
 * @param recordedAt   when the claim was recorded
 */
public record ClaimView(String streamId, String recordId, Source source, Integer low, Integer best, Integer high,
                        String wording, Vague vague, Counted counted, ClaimStatus status, String editRecordId,
                        When when, Instant recordedAt) {
}
