package org.labourtracker.projections.search;

import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.Standing;

/**
 * A record found by a search, as its reader may see it.
 *
 * @param type     the kind of record, such as {@code CasualtiesReported}
 * @param headline the record's one-line headline, which names no person
 * @param snippet  the first of the record's texts (notes, place, fields, sources, figures, people) that
 *                 holds a term, shortened; null when only the headline does
 */
public record RecordHit(String disputeId, String streamId, String recordId, String type, When when, String headline,
                        String snippet, Standing standing) {
}
