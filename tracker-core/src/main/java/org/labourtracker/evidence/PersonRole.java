package org.labourtracker.evidence;

/**
 * The part a named person plays in a dispute. EXECUTIVE and BOARD_MEMBER came with people on any
 * record (a company's chief executive, a director on its board).
 */
public enum PersonRole {
    WORKER, UNION_REPRESENTATIVE, ACTIVIST, LAWYER, JOURNALIST, RESIDENT, RELATIVE,
    POLICE_OFFICER, OFFICIAL, EMPLOYER_REPRESENTATIVE, POLITICIAN, EXECUTIVE, BOARD_MEMBER, OTHER
}
