package org.labourtracker.evidence;

/** How exactly the date of a happening is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, RANGE
}
