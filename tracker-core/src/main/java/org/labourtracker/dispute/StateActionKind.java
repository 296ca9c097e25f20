package org.labourtracker.dispute;

/**
 * What the state did: repression, and the responses that are not (mourning, mediation, an inquiry,
 * an official disciplined, compensation), and the ILO CFA's registration refused and union dissolved.
 */
public enum StateActionKind {
    STRIKE_DECLARED_ILLEGAL, FORCES_DEPLOYED, FORCE_USED, STATE_OF_EMERGENCY, CURFEW,
    COMMUNICATIONS_BLACKOUT, ASSEMBLY_BANNED, INQUIRY_ANNOUNCED, MOURNING, MEDIATION, OFFICIAL_DISCIPLINED,
    COMPENSATION, UNION_REGISTRATION_REFUSED, UNION_DISSOLVED, OTHER
}
