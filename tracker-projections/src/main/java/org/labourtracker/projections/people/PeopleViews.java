package org.labourtracker.projections.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.AppealFiled;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.HearingHeld;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.CaseClosure;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.DefendantGroup;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.timeline.Timelines;

/**
 * Computes the people and legal track of a dispute from its records: pure, for the live view and
 * time travel alike. Standing records are read in timeline order, so a person's standing is that of
 * the last record that changed it.
 */
public final class PeopleViews {

    private static final Set<PersonRole> OFFICIALS = Set.of(PersonRole.POLICE_OFFICER, PersonRole.OFFICIAL,
            PersonRole.POLITICIAN);

    private PeopleViews() {
    }

    public static DisputePeople of(String disputeId, Collection<StoredRecord> records, Redactor redactor) {
        Map<String, PersonAcc> people = new LinkedHashMap<>();
        Map<String, CaseAcc> cases = new LinkedHashMap<>();
        Map<String, DetentionsReported> detentions = new LinkedHashMap<>();
        Map<String, String> demandTexts = Describe.demandTexts(records);
        records.stream().filter(StoredRecord::stands).sorted(StoredRecord.TIMELINE_ORDER).forEach(record -> {
            Object payload = record.payload();
            // officials, executives, board members named on any record, beyond the people of its kind
            for (Person p : record.evidence().people()) {
                person(people, p).fact(record, "named as " + words(p.role().name()) + ": "
                        + Describe.headline(payload, demandTexts));
            }
            if (payload instanceof CasualtiesReported e) {
                Harm harm = e.kind() == org.labourtracker.dispute.CasualtyKind.KILLED ? Harm.KILLED : Harm.INJURED;
                for (Person p : e.named()) {
                    person(people, p).harm(harm, record, words(harm.name()) + (e.incident() == null ? "" : ": " + e.incident()));
                }
            } else if (payload instanceof DetentionsReported e) {
                detentions.put(e.recordId(), e);
                for (Person p : e.named()) {
                    PersonAcc acc = person(people, p);
                    acc.inCustody = true;
                    acc.standing(LegalStanding.DETAINED, record,
                            words(e.kind().name()) + (e.incident() == null ? "" : ": " + e.incident()));
                }
            } else if (payload instanceof AbuseReported e) {
                Harm harm = switch (e.kind()) {
                    case TORTURE -> Harm.TORTURED;
                    case ILL_TREATMENT -> Harm.ILL_TREATED;
                    case DISAPPEARANCE -> Harm.DISAPPEARED;
                    case INTIMIDATION -> Harm.INTIMIDATED;
                    case SEXUAL_VIOLENCE -> Harm.SEXUAL_VIOLENCE;
                };
                for (Person p : e.victims()) {
                    person(people, p).harm(harm, record, words(harm.name()));
                }
            } else if (payload instanceof DetaineesReleased e) {
                for (String id : e.personIds()) {
                    PersonAcc acc = people.get(id);
                    if (acc != null) {
                        acc.inCustody = false;
                        acc.standing(LegalStanding.RELEASED, record, "released");
                    }
                    // released is released everywhere: a defendant held in a case opened so far is held no more
                    for (CaseAcc c : cases.values()) {
                        DefendantAcc d = c.defendants.get(id);
                        if (d != null) {
                            d.inCustody = false;
                        }
                    }
                }
            } else if (payload instanceof CaseOpened e) {
                CaseAcc c = new CaseAcc(e, record.when());
                cases.put(record.streamId(), c);
                for (Defendant d : e.defendants()) {
                    PersonAcc acc = person(people, d.person());
                    acc.caseIds.add(record.streamId());
                    c.defendants.put(d.person().id(), new DefendantAcc(d.person(), d.inCustody()));
                    if (d.inCustody()) {
                        acc.inCustody = true;
                    }
                    acc.standing(d.inCustody() ? LegalStanding.DETAINED : LegalStanding.ACCUSED, record,
                            "defendant in " + e.title() + (d.inCustody() ? ", held in custody" : ""));
                }
                for (DefendantGroup g : e.groups()) {
                    c.groups.put(g.id(), new GroupAcc(g));
                }
            } else if (record.payload() instanceof org.labourtracker.legal.CaseEvent) {
                CaseAcc c = cases.get(record.streamId());
                if (c != null) {
                    onCase(c, people, record);
                }
            }
        });
        List<PersonView> personViews = people.values().stream().map(p -> p.view(redactor)).toList();
        List<CaseView> caseViews = cases.values().stream().map(c -> c.view(redactor, detentions)).toList();
        return new DisputePeople(disputeId, personViews, caseViews);
    }

    /**
     * A person across disputes, from each dispute's records and confidentiality changes; null when no
     * dispute names them, or when one hides them from this reader: a page joining the disputes would
     * tie the name shown in one to the records where it is withheld.
     */
    public static PersonRecord person(String personId, Map<String, ? extends Collection<StoredRecord>> byDispute,
                                      Map<String, Confidentiality> changes, boolean confidentialVisible) {
        List<PersonInDispute> found = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<StoredRecord>> dispute : byDispute.entrySet()) {
            Redactor redactor = Redactor.of(confidentialVisible,
                    changes.getOrDefault(dispute.getKey(), Confidentiality.NONE), dispute.getValue());
            if (redactor.hides(personId)) {
                return null;
            }
            // a view hidden from this reader carries a pseudonym, which may happen to equal the id asked for
            of(dispute.getKey(), dispute.getValue(), redactor).person(personId)
                    .filter(view -> confidentialVisible || !view.confidential())
                    .ifPresent(view -> found.add(new PersonInDispute(dispute.getKey(), view)));
        }
        if (found.isEmpty()) {
            return null;
        }
        PersonView first = found.get(0).person();
        return new PersonRecord(personId, first.name(), first.role(), first.confidential(), List.copyOf(found), null);
    }

    /** A legal case of the dispute with its proceedings in timeline order; null if the records hold no such case. */
    public static CaseRecord legalCase(String disputeId, String caseId, Collection<StoredRecord> records,
                                       Redactor redactor) {
        return of(disputeId, records, redactor).legalCase(caseId)
                .map(view -> new CaseRecord(disputeId, view, records.stream()
                        .filter(record -> record.streamId().equals(caseId))
                        .sorted(StoredRecord.TIMELINE_ORDER)
                        .map(record -> Timelines.entry(record, redactor, Map.of()))
                        .toList()))
                .orElse(null);
    }

    private static void onCase(CaseAcc c, Map<String, PersonAcc> people, StoredRecord record) {
        Object payload = record.payload();
        if (payload instanceof ChargesFiled e) {
            Collection<String> ids = e.defendantIds().isEmpty() ? c.everyDefendant() : e.defendantIds();
            c.charges.addAll(e.charges());
            c.arrests.addAll(e.detentionRecordIds());
            for (String id : ids) {
                GroupAcc g = c.groups.get(id);
                if (g != null) {
                    g.charges.addAll(e.charges());
                }
                DefendantAcc d = c.defendants.get(id);
                if (d != null) {
                    d.charges.addAll(e.charges());
                    people.get(id).standing(LegalStanding.CHARGED, record, "charged: " + String.join("; ", e.charges()));
                }
            }
        } else if (payload instanceof HearingHeld) {
            if (c.stage == CaseStage.AWAITING_VERDICT) {
                for (String id : c.defendants.keySet()) {
                    people.get(id).standing(LegalStanding.ON_TRIAL, record, "on trial in " + c.title);
                }
            }
        } else if (payload instanceof VerdictDelivered e) {
            c.stage = CaseStage.DECIDED;
            c.verdictSummary = e.summary();
            judge(c, people, e.judgements(), record);
        } else if (payload instanceof AppealFiled e) {
            c.stage = CaseStage.UNDER_APPEAL;
            Collection<String> ids = e.appellantIds().isEmpty() ? c.defendants.keySet() : e.appellantIds();
            for (String id : ids) {
                if (people.containsKey(id)) {
                    people.get(id).fact(record, "appealed");
                }
            }
        } else if (payload instanceof AppealDecided e) {
            c.stage = e.outcome() == AppealOutcome.RETRIAL_ORDERED ? CaseStage.AWAITING_VERDICT : CaseStage.DECIDED;
            c.lastAppeal = e.outcome();
            for (String id : c.defendants.keySet()) {
                people.get(id).fact(record, "appeal decided: " + words(e.outcome().name()));
            }
            judge(c, people, e.revised(), record);
        } else if (payload instanceof CaseClosed e) {
            c.stage = CaseStage.CLOSED;
            c.closure = e.closure();
            // withdrawn charges are dropped charges; a dismissal or amnesty is no acquittal either
            LegalStanding standing = e.closure() == CaseClosure.CHARGES_WITHDRAWN ? LegalStanding.CHARGES_DROPPED
                    : LegalStanding.CASE_CLOSED;
            for (String id : c.defendants.keySet()) {
                people.get(id).standing(standing, record, "case closed: " + words(e.closure().name()));
            }
        } else if (payload instanceof DefendantReleased e) {
            GroupAcc g = c.groups.get(e.defendantId());
            if (g != null) {
                g.inCustody = false;
                g.released = e.kind();
            }
            DefendantAcc d = c.defendants.get(e.defendantId());
            if (d != null) {
                d.inCustody = false;
                d.released = e.kind();
                PersonAcc acc = people.get(e.defendantId());
                acc.inCustody = false;
                acc.standing(LegalStanding.RELEASED, record, "released: " + words(e.kind().name()));
            }
        }
    }

    private static void judge(CaseAcc c, Map<String, PersonAcc> people, List<Judgement> judgements, StoredRecord record) {
        for (Judgement j : judgements) {
            GroupAcc g = c.groups.get(j.defendantId());
            if (g != null) {
                g.finding = j.finding();
                g.sentence = j.sentence();
                g.inCustody = j.finding() == Finding.CONVICTED && j.sentence().kind() == SentenceKind.PRISON;
            }
            DefendantAcc d = c.defendants.get(j.defendantId());
            PersonAcc acc = people.get(j.defendantId());
            if (d == null || acc == null) {
                continue;
            }
            d.finding = j.finding();
            d.sentence = j.sentence();
            if (j.finding() == Finding.CONVICTED) {
                boolean custodial = j.sentence() != null && j.sentence().kind() == SentenceKind.PRISON;
                d.inCustody = custodial;
                acc.inCustody = custodial;
                acc.sentence = j.sentence();
                acc.standing(LegalStanding.SENTENCED, record, "sentenced: " + sentence(j.sentence()));
            } else {
                d.inCustody = false;
                acc.inCustody = false;
                acc.sentence = null;
                // charges dropped are no acquittal: no court found the defendant not guilty
                acc.standing(j.finding() == Finding.CHARGES_DROPPED ? LegalStanding.CHARGES_DROPPED
                        : LegalStanding.ACQUITTED, record, words(j.finding().name()));
            }
        }
    }

    /** A sentence in words: its kind, its length as well as it is known, its fine, its terms. */
    public static String sentence(Sentence s) {
        if (s == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(words(s.kind().name()));
        if (s.months() != null) {
            text.append(s.length() == SentenceLength.APPROXIMATE ? ", about " : ", ").append(s.months())
                    .append(" months");
        } else if (s.length() == SentenceLength.UNKNOWN) {
            text.append(", length unknown");
        }
        if (s.fine() != null) {
            text.append(", fine of ").append(s.fine().amount().toPlainString()).append(' ')
                    .append(s.fine().currency());
        }
        if (s.terms() != null) {
            text.append(" (").append(s.terms()).append(')');
        }
        return text.toString();
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static PersonAcc person(Map<String, PersonAcc> people, Person person) {
        return people.computeIfAbsent(person.id(), id -> new PersonAcc(person));
    }

    private static final class PersonAcc {
        final Person person;
        boolean inCustody;
        LegalStanding standing = LegalStanding.NONE;
        Sentence sentence;
        final Set<Harm> harms = new LinkedHashSet<>();
        final Set<String> caseIds = new LinkedHashSet<>();
        final List<PersonFact> facts = new ArrayList<>();

        PersonAcc(Person person) {
            this.person = person;
        }

        void standing(LegalStanding newStanding, StoredRecord record, String what) {
            standing = newStanding;
            fact(record, what);
        }

        void harm(Harm harm, StoredRecord record, String what) {
            harms.add(harm);
            fact(record, what);
        }

        void fact(StoredRecord record, String what) {
            facts.add(new PersonFact(record.streamId(), record.recordId(), record.when(), what));
        }

        PersonView view(Redactor redactor) {
            Person shown = redactor.person(person);
            return new PersonView(shown.id(), shown.name(), shown.role(), shown.confidential(), inCustody, standing,
                    sentence, List.copyOf(harms), List.copyOf(caseIds), List.copyOf(facts));
        }
    }

    private static final class DefendantAcc {
        final Person person;
        boolean inCustody;
        final Set<String> charges = new LinkedHashSet<>();
        Finding finding;
        Sentence sentence;
        ReleaseKind released;

        DefendantAcc(Person person, boolean inCustody) {
            this.person = person;
            this.inCustody = inCustody;
        }

        DefendantView view(Redactor redactor) {
            Person shown = redactor.person(person);
            return new DefendantView(shown.id(), shown.name(), shown.role(), inCustody, List.copyOf(charges), finding,
                    sentence, released);
        }
    }

    private static final class GroupAcc {
        final DefendantGroup group;
        boolean inCustody;
        final Set<String> charges = new LinkedHashSet<>();
        Finding finding;
        Sentence sentence;
        ReleaseKind released;

        GroupAcc(DefendantGroup group) {
            this.group = group;
            this.inCustody = group.inCustody();
        }

        GroupDefendantView view(Redactor redactor) {
            Claim size = group.size() == null ? null : redactor.claim(group.size());
            return new GroupDefendantView(group.id(), group.description(), group.role(), size, inCustody,
                    List.copyOf(charges), finding, sentence, released);
        }
    }

    private static final class CaseAcc {
        final String caseId;
        final String title;
        final String court;
        final String prosecutor;
        final When opened;
        final int unnamed;
        final Map<String, DefendantAcc> defendants = new LinkedHashMap<>();
        final Map<String, GroupAcc> groups = new LinkedHashMap<>();
        final Set<String> charges = new LinkedHashSet<>();
        final Set<String> arrests = new LinkedHashSet<>();
        CaseStage stage = CaseStage.AWAITING_VERDICT;
        String verdictSummary;
        AppealOutcome lastAppeal;
        CaseClosure closure;

        CaseAcc(CaseOpened opened, When when) {
            this.caseId = opened.caseId();
            this.title = opened.title();
            this.court = opened.court();
            this.prosecutor = opened.prosecutor();
            this.opened = when;
            this.unnamed = opened.unnamedDefendants();
        }

        Collection<String> everyDefendant() {
            List<String> ids = new ArrayList<>(defendants.keySet());
            ids.addAll(groups.keySet());
            return ids;
        }

        /** Arrests are looked up when the view is built, so that a detention recorded after the charges is found. */
        CaseView view(Redactor redactor, Map<String, DetentionsReported> detentions) {
            boolean againstOfficials = defendants.values().stream().anyMatch(d -> OFFICIALS.contains(d.person.role()))
                    || groups.values().stream().anyMatch(g -> OFFICIALS.contains(g.group.role()));
            List<CitedDetention> cited = arrests.stream().map(id -> {
                DetentionsReported detention = detentions.get(id);
                return detention == null ? new CitedDetention(id, null, null)
                        : new CitedDetention(id, detention.kind(), detention.incident());
            }).toList();
            return new CaseView(caseId, title, court, prosecutor, opened, againstOfficials, unnamed, stage,
                    List.copyOf(charges), defendants.values().stream().map(d -> d.view(redactor)).toList(),
                    groups.values().stream().map(g -> g.view(redactor)).toList(), cited, verdictSummary, lastAppeal,
                    closure);
        }
    }
}
