package org.labourtracker.dispute;

public enum DisputeStatus {
    BREWING, ACTIVE, ESCALATED, SUSPENDED, SETTLED, SUPPRESSED, ENDED
}
