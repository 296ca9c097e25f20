package org.labourtracker.dispute;

/** Whether a strike had the law's protection (ILO CFA, the right to strike): a wildcat strike is unprotected. */
public enum StrikeLegality {
    PROTECTED, UNPROTECTED
}
