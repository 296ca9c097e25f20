package org.labourtracker.evidence;

/** Who speaks through a source; views keep official and independent figures apart by it. */
public enum SourceKind {
    OFFICIAL, EMPLOYER, UNION, NGO, MEDIA, WITNESS, OTHER;

    /** Official and employer sources speak for a party to the dispute; the rest are independent of them. */
    public boolean isOfficialSide() {
        return this == OFFICIAL || this == EMPLOYER;
    }
}
