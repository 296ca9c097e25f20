package org.labourtracker.projections.people;

/** Asks for a legal case ({@link CaseRecord}), or null for an unknown case. */
public record CaseQuery(String caseId, boolean confidentialVisible) {
}
