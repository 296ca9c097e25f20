package org.labourtracker.evidence;

/**
 * What a figure counts, where a record's figures can count different things: a strike's workers
 * out, or the employers or establishments (workplaces, sites) on strike. A claim that does not say
 * counts what its record counts: workers on strikes and employer responses, people elsewhere.
 */
public enum Counted {
    WORKERS, PEOPLE, EMPLOYERS, ESTABLISHMENTS;

    /** Whether this counts people (workers are people), as against employers or establishments. */
    public boolean isPeople() {
        return this == WORKERS || this == PEOPLE;
    }
}
