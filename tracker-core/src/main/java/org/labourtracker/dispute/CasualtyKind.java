package org.labourtracker.dispute;

public enum CasualtyKind {
    KILLED, INJURED
}
