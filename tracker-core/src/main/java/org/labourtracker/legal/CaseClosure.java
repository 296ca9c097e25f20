package org.labourtracker.legal;

/**
 * How a case ended without a verdict. Withdrawn charges are the prosecution's choice, a dismissal
 * the court's; neither is an acquittal: no court found the defendants not guilty.
 */
public enum CaseClosure {
    CHARGES_WITHDRAWN, DISMISSED, DISCONTINUED, AMNESTY
}
