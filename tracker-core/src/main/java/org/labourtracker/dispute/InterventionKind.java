package org.labourtracker.dispute;

/** What an outside body did about a dispute: HURIDOCS' types of intervention, as labour disputes see them. */
public enum InterventionKind {
    VISIT, STATEMENT, CALL_FOR_INQUIRY, INQUIRY_ESTABLISHED, INQUIRY_FINDINGS, COMPLAINT_FILED, RECOMMENDATION
}
