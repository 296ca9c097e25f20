package org.labourtracker.projections.people;

/** What one dispute and its legal track record of a person. */
public record PersonInDispute(String disputeId, PersonView person) {
}
