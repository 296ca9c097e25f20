package org.labourtracker.projections.overview;

/**
 * Standing records that happened in a month ({@code yyyy-MM}) or, known only to the year, in a year ({@code yyyy}).
 *
 * @param period  the month ({@code yyyy-MM}) or year ({@code yyyy})
 * @param records how many standing records happened in it
 */
public record PeriodCount(String period, long records) {
}
