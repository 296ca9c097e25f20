package org.labourtracker.projections.overview;

import java.util.List;
import java.util.Optional;

/**
 * Every dispute at a glance: how many there are and how many are active (brewing, active or
 * escalated), counted by country, region ("KZ / Mangystau Region"), industry, employer and status;
 * standing records per month of when they happened ({@code yyyy-MM}, or {@code yyyy} for records known
 * only to the year); and figure totals by kind with their spread by side.
 *
 * @param disputes       how many disputes there are
 * @param activeDisputes how many of them are brewing, active or escalated
 * @param byCountry      disputes counted by country code
 * @param byRegion       disputes counted by country and region, such as "KZ / Mangystau Region"
 * @param byIndustry     disputes counted by industry
 * @param byEmployer     disputes counted by employer
 * @param byStatus       disputes counted by status
 * @param eventsPerMonth standing records per month (or year) in which they happened
 * @param totals         figure totals by kind and victims' category, official and independent apart
 */
public record Overview(int disputes,
                       int activeDisputes,
                       List<FacetCount> byCountry,
                       List<FacetCount> byRegion,
                       List<FacetCount> byIndustry,
                       List<FacetCount> byEmployer,
                       List<FacetCount> byStatus,
                       List<PeriodCount> eventsPerMonth,
                       List<FigureTotal> totals) {

    public static Optional<FacetCount> facet(List<FacetCount> facets, String key) {
        return facets.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The total of a kind over records that do not say who the victims were. */
    public Optional<FigureTotal> total(org.labourtracker.projections.figures.FigureKind kind) {
        return total(kind, null);
    }

    public Optional<FigureTotal> total(org.labourtracker.projections.figures.FigureKind kind,
                                       org.labourtracker.dispute.VictimCategory victims) {
        return totals.stream().filter(t -> t.kind() == kind && t.victims() == victims).findFirst();
    }

    public long eventsIn(String period) {
        return eventsPerMonth.stream().filter(p -> p.period().equals(period)).mapToLong(PeriodCount::records).sum();
    }
}
