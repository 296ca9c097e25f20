package org.labourtracker.projections.overview;

/**
 * One side's figures for a kind summed over the incidents it gave figures for: the sum of the
 * incidents' lows and of their highs. Incidents whose claims give no low (or no high) are left out of
 * that sum and counted in {@code incidentsWithoutLow} ({@code incidentsWithoutHigh}), so a reader
 * knows the total is open; {@code low} or {@code high} is null when no incident gives one.
 */
public record SideTotal(Integer low, Integer high, int incidents, int incidentsWithoutLow, int incidentsWithoutHigh) {
}
