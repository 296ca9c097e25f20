package org.labourtracker.dispute;

public enum DetentionKind {
    ARRESTED, DETAINED
}
