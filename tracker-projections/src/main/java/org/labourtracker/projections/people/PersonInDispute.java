package org.labourtracker.projections.people;

/**
 * What one dispute and its legal track record of a person.
 *
 * @param disputeId the dispute's id
 * @param person    what that dispute's people view says of the person
 */
public record PersonInDispute(String disputeId, PersonView person) {
}
