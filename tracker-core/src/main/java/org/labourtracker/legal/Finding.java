package org.labourtracker.legal;

public enum Finding {
    CONVICTED, ACQUITTED, CHARGES_DROPPED
}
