package org.labourtracker.dispute;

public enum StrikeKind {
    STARTED, SPREAD, ENDED
}
