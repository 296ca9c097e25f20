package org.labourtracker.dispute;

public enum PartySide {
    EMPLOYER, UNION
}
