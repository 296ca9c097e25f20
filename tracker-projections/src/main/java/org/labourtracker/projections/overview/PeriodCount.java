package org.labourtracker.projections.overview;

/** Standing records that happened in a month ({@code yyyy-MM}) or, known only to the year, in a year ({@code yyyy}). */
public record PeriodCount(String period, long records) {
}
