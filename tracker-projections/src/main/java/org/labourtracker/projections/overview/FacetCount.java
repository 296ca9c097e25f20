package org.labourtracker.projections.overview;

/**
 * How many disputes share a country, region, industry, employer or status, and how many of them are active.
 *
 * @param key    the country code, region, industry, employer name or status shared
 * @param active how many of those disputes are brewing, active or escalated
 * @param total  how many disputes share it
 */
public record FacetCount(String key, int active, int total) {
}
