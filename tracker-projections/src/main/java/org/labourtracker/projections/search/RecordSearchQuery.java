package org.labourtracker.projections.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.labourtracker.projections.history.TimelinePosition;

/**
 * Asks for the records whose words, as the reader may see them, hold every term ({@link RecordSearch}).
 *
 * @param terms               normalised words, each matched as the beginning of a word
 * @param disputes            only records of these disputes, or of every dispute when null
 * @param types               only records of these kinds (simple class names), or of every kind when null
 * @param from                only records that may have happened on or after this day, when not null
 * @param to                  only records that may have happened on or before this day, when not null
 * @param after               the last record of the previous page, or null from the first
 * @param confidentialVisible whether the reader may see confidential people and sources
 * @param hiddenNames         the names (and their words) the reader's answer has masked: a record is
 *                            not found through them
 */
public record RecordSearchQuery(List<String> terms, Set<String> disputes, Set<String> types, LocalDate from,
                                LocalDate to, TimelinePosition after, int limit, boolean confidentialVisible,
                                Set<String> hiddenNames) {
}
