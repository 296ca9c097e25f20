package org.labourtracker.projections.summary;

import java.util.Map;

/**
 * What a dispute's summary keeps between changes to its records of the kinds a summary reads
 * ({@link Summaries#TYPES}), unredacted: everything but the day it is for and the days it has lasted
 * (null here), its latest development (null) and its count of standing records (0), which
 * {@link Summaries#of(KeptSummary, java.util.Optional, long, java.time.LocalDate,
 * org.labourtracker.projections.history.Redactor)} adds when it is read.
 *
 * @param summary     the summary without the day, the latest development and the count
 * @param demandTexts each demand's words by its id, a retracted raising's too, for the latest development's headline
 */
public record KeptSummary(DisputeSummary summary, Map<String, String> demandTexts) {
}
