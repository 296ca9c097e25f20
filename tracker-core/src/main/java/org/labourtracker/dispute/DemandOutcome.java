package org.labourtracker.dispute;

public enum DemandOutcome {
    MET, PARTLY_MET, REFUSED, WITHDRAWN;

    /** A demand met in full or withdrawn is settled; one refused or partly met may still move. */
    boolean isFinal() {
        return this == MET || this == WITHDRAWN;
    }
}
