package org.labourtracker.projections.people;

/** Harm a record says a named person suffered. */
public enum Harm {
    KILLED, INJURED, TORTURED, ILL_TREATED, DISAPPEARED, INTIMIDATED, SEXUAL_VIOLENCE
}
