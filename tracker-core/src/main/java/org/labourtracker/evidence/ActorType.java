package org.labourtracker.evidence;

/**
 * What kind of actor took part in a record, after ACLED's actor types with the parties of a labour
 * dispute of their own (docs/vocabulary.md). {@link #UNKNOWN} is a value, not a gap: "killed by
 * unknown assailants" says something a missing actor does not.
 */
public enum ActorType {
    STATE_FORCES, STATE_AUTHORITY, COMPANY_MANAGEMENT, COMPANY_SECURITY, UNION, WORKERS, PROTESTERS, CIVILIANS,
    NATIONAL_INSTITUTION, INTERNATIONAL_BODY, UNKNOWN, OTHER
}
