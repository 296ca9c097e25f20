package org.labourtracker.projections.people;

import org.labourtracker.dispute.DetentionKind;

/**
 * A detention record of the dispute that a case's charges cite, with its kind and incident; both
 * are empty when the dispute holds no such record standing (never recorded, or since retracted).
 */
public record CitedDetention(String recordId, DetentionKind kind, String incident) {
}
