package org.labourtracker.projections.figures;

import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.Counted;

/**
 * What a figure counts: people KILLED or INJURED (casualty reports); ARRESTED or DETAINED
 * (detentions); DISMISSED, LAID_OFF, REPLACEMENT_WORKERS hired, LOCKED_OUT or OTHER_EMPLOYER_ACTION
 * (employer responses); PARTICIPANTS (protests); WORKERS_OUT (strikes); TORTURED, ILL_TREATED,
 * DISAPPEARED, INTIMIDATED or SEXUAL_VIOLENCE (abuse reports); EMPLOYERS_OUT and ESTABLISHMENTS_OUT
 * (a strike's claims that count employers or establishments on strike, never added to workers out).
 */
public enum FigureKind {
    KILLED, INJURED, ARRESTED, DETAINED, DISMISSED, LAID_OFF, REPLACEMENT_WORKERS, LOCKED_OUT, OTHER_EMPLOYER_ACTION,
    PARTICIPANTS, WORKERS_OUT, TORTURED, ILL_TREATED, DISAPPEARED, INTIMIDATED, SEXUAL_VIOLENCE, EMPLOYERS_OUT,
    ESTABLISHMENTS_OUT;

    /**
     * The kind of one claim of a record: the record's kind, except that a strike's claim counting
     * employers or establishments is a figure of its own, never added to workers out.
     */
    public static FigureKind of(Object payload, Counted counted) {
        FigureKind kind = of(payload);
        if (kind == WORKERS_OUT && counted == Counted.EMPLOYERS) {
            return EMPLOYERS_OUT;
        }
        if (kind == WORKERS_OUT && counted == Counted.ESTABLISHMENTS) {
            return ESTABLISHMENTS_OUT;
        }
        return kind;
    }

    /** The kind of the figures a record carries, or null for a record that carries none. */
    public static FigureKind of(Object payload) {
        if (payload instanceof CasualtiesReported e) {
            return switch (e.kind()) {
                case KILLED -> KILLED;
                case INJURED -> INJURED;
            };
        } else if (payload instanceof DetentionsReported e) {
            return switch (e.kind()) {
                case ARRESTED -> ARRESTED;
                case DETAINED -> DETAINED;
            };
        } else if (payload instanceof EmployerResponseRecorded e) {
            return switch (e.kind()) {
                case DISMISSALS -> DISMISSED;
                case LAYOFFS_ANNOUNCED -> LAID_OFF;
                case REPLACEMENT_WORKERS -> REPLACEMENT_WORKERS;
                case LOCKOUT -> LOCKED_OUT;
                default -> OTHER_EMPLOYER_ACTION;
            };
        } else if (payload instanceof ProtestRecorded) {
            return PARTICIPANTS;
        } else if (payload instanceof StrikeRecorded) {
            return WORKERS_OUT;
        } else if (payload instanceof AbuseReported e) {
            return switch (e.kind()) {
                case TORTURE -> TORTURED;
                case ILL_TREATMENT -> ILL_TREATED;
                case DISAPPEARANCE -> DISAPPEARED;
                case INTIMIDATION -> INTIMIDATED;
                case SEXUAL_VIOLENCE -> SEXUAL_VIOLENCE;
            };
        }
        return null;
    }

    /** Who the people a record counts were, if it says (casualty reports do). */
    public static VictimCategory victimsOf(Object payload) {
        return payload instanceof CasualtiesReported e ? e.victims() : null;
    }

    /** The incident a record names, if it names one (casualties and detentions do). */
    public static String incidentOf(Object payload) {
        if (payload instanceof CasualtiesReported e) {
            return e.incident();
        }
        if (payload instanceof DetentionsReported e) {
            return e.incident();
        }
        return null;
    }
}
