package org.labourtracker.projections.people;

/**
 * Where a case stands: AWAITING_VERDICT (opened, no verdict yet), DECIDED (a verdict, no appeal
 * pending), UNDER_APPEAL (an appeal filed and not yet decided) or CLOSED (ended without a verdict).
 */
public enum CaseStage {
    AWAITING_VERDICT, DECIDED, UNDER_APPEAL, CLOSED
}
