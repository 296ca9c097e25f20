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
 */
public record ClaimView(String streamId, String recordId, Source source, Integer low, Integer best, Integer high,
                        String wording, Vague vague, Counted counted, ClaimStatus status, String editRecordId,
                        When when, Instant recordedAt) {
}
