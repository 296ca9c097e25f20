package org.labourtracker.evidence;

/** The recorder's judgement of a source, on the Admiralty scale that human-rights documentation uses. */
public enum Reliability {
    RELIABLE, USUALLY_RELIABLE, FAIRLY_RELIABLE, NOT_USUALLY_RELIABLE, UNRELIABLE, CANNOT_BE_JUDGED
}
