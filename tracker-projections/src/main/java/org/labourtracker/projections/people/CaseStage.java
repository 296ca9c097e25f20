package org.labourtracker.projections.people;

public enum CaseStage {
    AWAITING_VERDICT, DECIDED, UNDER_APPEAL, CLOSED
}
