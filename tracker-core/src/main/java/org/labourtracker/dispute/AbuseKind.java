package org.labourtracker.dispute;

public enum AbuseKind {
    TORTURE, ILL_TREATMENT, DISAPPEARANCE, INTIMIDATION, SEXUAL_VIOLENCE
}
