package org.labourtracker.legal;

public enum SentenceKind {
    PRISON, SUSPENDED, RESTRICTED_FREEDOM, FINE, AMNESTIED;

    boolean isCustodial() {
        return this == PRISON;
    }
}
