package org.labourtracker.projections.people;

import org.labourtracker.dispute.DetentionKind;

/**
 * A detention record of the dispute that a case's charges cite, with its kind and incident; both
 * are empty when the dispute holds no such record standing (never recorded, or since retracted).
 *
 * @param recordId the detention record's id in the dispute
 * @param kind     ARRESTED or DETAINED, as that record says; null when it does not stand
 * @param incident the incident the record names, such as the Zhanaozen shooting; null when it names none
 */
public record CitedDetention(String recordId, DetentionKind kind, String incident) {
}
