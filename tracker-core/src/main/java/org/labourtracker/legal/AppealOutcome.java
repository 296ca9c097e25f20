package org.labourtracker.legal;

public enum AppealOutcome {
    UPHELD, SENTENCE_REDUCED, SENTENCE_INCREASED, OVERTURNED, RETRIAL_ORDERED, WITHDRAWN
}
