package org.labourtracker.dispute;

/**
 * Who the people counted in a casualty report were, so that figures never add police killed to
 * strikers killed: each category is totalled apart.
 */
public enum VictimCategory {
    STRIKERS, WORKERS, UNIONISTS, PROTESTERS, POLICE, COMPANY_GUARDS, BYSTANDERS, JOURNALISTS, OTHER
}
