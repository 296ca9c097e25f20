package org.labourtracker.projections.search;

import java.util.List;

/** A page of search hits in timeline order; {@code next} is the cursor of the following page, or null. */
public record RecordHits(List<RecordHit> hits, String next) {
}
