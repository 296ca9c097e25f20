package org.labourtracker.projections.overview;

/** How many disputes share a country, region, industry, employer or status, and how many of them are active. */
public record FacetCount(String key, int active, int total) {
}
