package org.labourtracker.projections.overview;

/**
 * Asks for the {@link Overview} of every dispute. As a subscription query, updates are the whole
 * {@link Overview} again after each change.
 */
public record OverviewQuery() {
}
