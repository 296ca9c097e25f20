package org.labourtracker.evidence;

/** The part a named person plays in a dispute. */
public enum PersonRole {
    WORKER, UNION_REPRESENTATIVE, ACTIVIST, LAWYER, JOURNALIST, RESIDENT, RELATIVE,
    POLICE_OFFICER, OFFICIAL, EMPLOYER_REPRESENTATIVE, POLITICIAN, OTHER
}
