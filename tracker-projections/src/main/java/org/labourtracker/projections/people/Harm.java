package org.labourtracker.projections.people;

/**
 * Harm a record says a named person suffered: KILLED or INJURED (casualty reports), TORTURED,
 * ILL_TREATED, DISAPPEARED, INTIMIDATED or SEXUAL_VIOLENCE (abuse reports).
 */
public enum Harm {
    KILLED, INJURED, TORTURED, ILL_TREATED, DISAPPEARED, INTIMIDATED, SEXUAL_VIOLENCE
}
