package org.labourtracker.projections.people;

/**
 * Where a person stands, by the last record that changed it: NONE, DETAINED, ACCUSED (a defendant not
 * yet charged), CHARGED, ON_TRIAL, SENTENCED, ACQUITTED, CHARGES_DROPPED (no acquittal), CASE_CLOSED
 * (ended without a verdict) or RELEASED.
 */
public enum LegalStanding {
    /** Named, but with no detention or case recorded. */
    NONE,
    /** Arrested or detained, or held when a case against them opened. */
    DETAINED,
    /** A defendant in a case, not held, with no charges recorded yet. */
    ACCUSED,
    CHARGED,
    ON_TRIAL,
    SENTENCED,
    ACQUITTED,
    /** The charges against them were dropped: not an acquittal, no court found them not guilty. */
    CHARGES_DROPPED,
    /** The case against them ended without a verdict (dismissed, discontinued, amnestied): no acquittal either. */
    CASE_CLOSED,
    RELEASED
}
