package org.labourtracker.legal;

/**
 * How well the length of a sentence is known: to the month, roughly ("about five years"), or not
 * at all ("briefly jailed").
 */
public enum SentenceLength {
    EXACT, APPROXIMATE, UNKNOWN
}
