package org.labourtracker.legal;

public enum ReleaseKind {
    BAIL, PAROLE, PARDON, AMNESTY, SENTENCE_SERVED, SENTENCE_COMMUTED, ACQUITTED, CASE_CLOSED, OTHER
}
