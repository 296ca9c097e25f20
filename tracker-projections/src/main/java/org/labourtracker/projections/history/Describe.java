package org.labourtracker.projections.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.InterventionRecorded;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.AppealFiled;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.HearingHeld;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.Judgement;

/**
 * Words for records: a one-line headline that names no person (so it needs no redaction), and the
 * record's own fields by name, with person ids passed through the reader's {@link Redactor}.
 */
public final class Describe {

    private Describe() {
    }

    public static String headline(Object payload) {
        if (payload instanceof DisputeOpened e) {
            return "Dispute opened: " + e.title();
        } else if (payload instanceof PartyJoined e) {
            return capital(words(e.side().name())) + " joined: " + e.party().name();
        } else if (payload instanceof StatusChanged e) {
            return "Status changed to " + words(e.status().name());
        } else if (payload instanceof StrikeRecorded e) {
            return "Strike " + words(e.kind().name()) + (e.employer() == null ? "" : " at " + e.employer());
        } else if (payload instanceof ProtestRecorded e) {
            return capital(words(e.kind().name())) + " held";
        } else if (payload instanceof DemandRaised e) {
            return "Demand raised: " + e.text();
        } else if (payload instanceof DemandOutcomeRecorded e) {
            return "Demand " + e.demandId() + " " + words(e.outcome().name());
        } else if (payload instanceof EmployerResponseRecorded e) {
            return "Employer response: " + words(e.kind().name()) + (e.employer() == null ? "" : " by " + e.employer());
        } else if (payload instanceof StateActionRecorded e) {
            return "State action: " + words(e.kind().name()) + (e.authority() == null ? "" : " by " + e.authority());
        } else if (payload instanceof InterventionRecorded e) {
            return capital(words(e.kind().name())) + " by " + e.body();
        } else if (payload instanceof CasualtiesReported e) {
            return capital(words(e.kind().name())) + (e.incident() == null ? "" : ": " + e.incident());
        } else if (payload instanceof DetentionsReported e) {
            return capital(words(e.kind().name())) + (e.incident() == null ? "" : ": " + e.incident());
        } else if (payload instanceof AbuseReported e) {
            return capital(words(e.kind().name())) + " reported";
        } else if (payload instanceof DetaineesReleased e) {
            return e.personIds().size() == 1 ? "A detainee released" : e.personIds().size() + " detainees released";
        } else if (payload instanceof CaseOpened e) {
            return "Case opened: " + e.title();
        } else if (payload instanceof ChargesFiled e) {
            return "Charges filed: " + String.join("; ", e.charges());
        } else if (payload instanceof HearingHeld) {
            return "Hearing held";
        } else if (payload instanceof VerdictDelivered) {
            return "Verdict delivered";
        } else if (payload instanceof AppealFiled) {
            return "Appeal filed";
        } else if (payload instanceof AppealDecided e) {
            return "Appeal decided: " + words(e.outcome().name());
        } else if (payload instanceof CaseClosed e) {
            return "Case closed without a verdict: " + words(e.closure().name());
        } else if (payload instanceof DefendantReleased e) {
            return "Defendant released: " + words(e.kind().name());
        }
        return payload.getClass().getSimpleName();
    }

    /**
     * The headline, with a demand's outcome told in the demand's own words, which the outcome record
     * does not carry: {@code demandTexts} holds them by demand id ({@link #demandTexts}).
     */
    public static String headline(Object payload, Map<String, String> demandTexts) {
        if (payload instanceof DemandOutcomeRecorded outcome && demandTexts.get(outcome.demandId()) != null) {
            return "Demand " + words(outcome.outcome().name()) + ": " + demandTexts.get(outcome.demandId());
        }
        return headline(payload);
    }

    /** Each demand's words by its id, from every record that raised one: a retracted raising still names it. */
    public static Map<String, String> demandTexts(Collection<StoredRecord> records) {
        Map<String, String> texts = new HashMap<>();
        for (StoredRecord r : records) {
            if (r.payload() instanceof DemandRaised raised) {
                texts.put(raised.demandId(), raised.text());
            }
        }
        return texts;
    }

    /** The record's own fields other than its evidence, claims and named people, for the timeline. */
    public static Map<String, Object> details(Object payload, Redactor redactor) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (payload instanceof DisputeOpened e) {
            d.put("title", e.title());
            d.put("industry", e.industry());
            d.put("status", e.status());
            d.put("employers", e.employers());
            d.put("unions", e.unions());
        } else if (payload instanceof PartyJoined e) {
            d.put("side", e.side());
            d.put("party", e.party());
        } else if (payload instanceof StatusChanged e) {
            d.put("status", e.status());
        } else if (payload instanceof StrikeRecorded e) {
            d.put("kind", e.kind());
            d.put("employer", e.employer());
            d.put("legality", e.legality());
            d.put("workers", e.workers());
            d.put("unionStances", e.unionStances().isEmpty() ? null : e.unionStances());
        } else if (payload instanceof ProtestRecorded e) {
            d.put("kind", e.kind());
        } else if (payload instanceof DemandRaised e) {
            d.put("demandId", e.demandId());
            d.put("text", e.text());
            d.put("money", e.money());
        } else if (payload instanceof DemandOutcomeRecorded e) {
            d.put("demandId", e.demandId());
            d.put("outcome", e.outcome());
        } else if (payload instanceof EmployerResponseRecorded e) {
            d.put("kind", e.kind());
            d.put("employer", e.employer());
            d.put("money", e.money());
        } else if (payload instanceof StateActionRecorded e) {
            d.put("kind", e.kind());
            d.put("authority", e.authority());
            d.put("money", e.money());
        } else if (payload instanceof InterventionRecorded e) {
            d.put("kind", e.kind());
            d.put("body", e.body());
            d.put("bodyType", e.bodyType());
        } else if (payload instanceof CasualtiesReported e) {
            d.put("incident", e.incident());
            d.put("kind", e.kind());
            d.put("victims", e.victims());
            d.put("perpetrator", e.perpetrator());
        } else if (payload instanceof DetentionsReported e) {
            d.put("incident", e.incident());
            d.put("kind", e.kind());
        } else if (payload instanceof AbuseReported e) {
            d.put("kind", e.kind());
        } else if (payload instanceof DetaineesReleased e) {
            d.put("personIds", redactor.personIds(e.personIds()));
        } else if (payload instanceof CaseOpened e) {
            d.put("disputeId", e.disputeId());
            d.put("title", e.title());
            d.put("court", e.court());
            d.put("prosecutor", e.prosecutor());
            d.put("inCustody", redactor.personIds(
                    e.defendants().stream().filter(Defendant::inCustody).map(x -> x.person().id()).toList()));
            d.put("unnamedDefendants", e.unnamedDefendants());
            d.put("groups", e.groups().isEmpty() ? null : e.groups().stream().map(g -> g.id()).toList());
        } else if (payload instanceof ChargesFiled e) {
            d.put("defendantIds", redactor.personIds(e.defendantIds()));
            d.put("charges", e.charges());
            d.put("detentionRecordIds", e.detentionRecordIds().isEmpty() ? null : e.detentionRecordIds());
        } else if (payload instanceof HearingHeld e) {
            d.put("summary", e.summary());
        } else if (payload instanceof VerdictDelivered e) {
            d.put("judgements", judgements(e.judgements(), redactor));
            d.put("summary", e.summary());
        } else if (payload instanceof AppealFiled e) {
            d.put("appellantIds", redactor.personIds(e.appellantIds()));
            d.put("summary", e.summary());
        } else if (payload instanceof AppealDecided e) {
            d.put("outcome", e.outcome());
            d.put("revised", judgements(e.revised(), redactor));
        } else if (payload instanceof CaseClosed e) {
            d.put("closure", e.closure());
            d.put("summary", e.summary());
        } else if (payload instanceof DefendantReleased e) {
            d.put("defendantId", redactor.personId(e.defendantId()));
            d.put("kind", e.kind());
        }
        if (payload instanceof DisputeEvent e && !e.evidence().actors().isEmpty()) {
            d.put("actors", e.evidence().actors());
        }
        org.labourtracker.evidence.Evidence evidence = payload instanceof DisputeEvent e ? e.evidence()
                : payload instanceof org.labourtracker.legal.CaseEvent e ? e.evidence() : null;
        if (evidence != null && evidence.supersedes() != null) {
            d.put("supersedes", evidence.supersedes());
        }
        d.values().removeIf(java.util.Objects::isNull);
        return d;
    }

    private static List<Judgement> judgements(List<Judgement> judgements, Redactor redactor) {
        return judgements == null ? List.of() : judgements.stream()
                .map(j -> new Judgement(redactor.personId(j.defendantId()), j.finding(), j.sentence()))
                .toList();
    }

    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
