package org.labourtracker.dispute;

/** A union's position on a strike. */
public enum Stance {
    BACKING, OPPOSING
}
