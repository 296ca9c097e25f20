package org.labourtracker.projections.people;

import org.labourtracker.evidence.When;

/**
 * One thing recorded about a person, in words that name no one, with the record it comes from.
 *
 * @param streamId the dispute or case whose record it is
 * @param recordId the record it comes from
 * @param when     when it happened, with its precision
 * @param what     what happened to or was done by the person, in words that name no one
 */
public record PersonFact(String streamId, String recordId, When when, String what) {
}
