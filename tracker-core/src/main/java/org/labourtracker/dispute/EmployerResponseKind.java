package org.labourtracker.dispute;

/** What an employer did: against the strike, towards a settlement, or after it (a reorganisation, pay changed). */
public enum EmployerResponseKind {
    DISMISSALS, REPLACEMENT_WORKERS, LOCKOUT, LAYOFFS_ANNOUNCED, THREATS, VIOLENCE_BY_AGENTS,
    UNION_OBSTRUCTION, CONCESSION, NEGOTIATION, AGREEMENT_SIGNED, COMPENSATION, REORGANISATION, PAY_CHANGED, OTHER
}
