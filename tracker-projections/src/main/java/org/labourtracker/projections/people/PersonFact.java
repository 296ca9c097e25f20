package org.labourtracker.projections.people;

import org.labourtracker.evidence.When;

/** One thing recorded about a person, in words that name no one, with the record it comes from. */
public record PersonFact(String streamId, String recordId, When when, String what) {
}
