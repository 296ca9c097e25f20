package org.labourtracker.evidence;

/** How exactly coordinates locate a place, as ACLED and UCDP code it. */
public enum GeoPrecision {
    EXACT, NEAR, SETTLEMENT, REGION, COUNTRY
}
