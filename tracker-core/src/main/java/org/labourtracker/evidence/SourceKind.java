package org.labourtracker.evidence;

/**
 * Who speaks through a source; views keep official and independent figures apart by it. Research,
 * a court's judgment and an inquiry's findings weigh the parties' accounts rather than give one: a
 * state commission of inquiry is not the police's side.
 */
public enum SourceKind {
    OFFICIAL, EMPLOYER, UNION, NGO, MEDIA, WITNESS, RESEARCH, COURT, INQUIRY, OTHER;

    /** Official and employer sources speak for a party to the dispute; the rest are independent of them. */
    public boolean isOfficialSide() {
        return this == OFFICIAL || this == EMPLOYER;
    }
}
