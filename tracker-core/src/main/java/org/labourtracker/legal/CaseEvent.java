package org.labourtracker.legal;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;

/** Everything recorded about a court case; a new kind of legal record goes here. */
public sealed interface CaseEvent {

    String caseId();

    String recordId();

    Evidence evidence();

    /** The people this record names: those of its kind (defendants) and those on its evidence. */
    default List<Person> people() {
        return Evidence.peopleOf(evidence());
    }

    /** Revision 2 added the prosecutor and groups; {@link CaseEventUpcasters} reads the first shape. */
    @Revision("2")
    record CaseOpened(String caseId, String recordId, String disputeId, String title, String court, String prosecutor,
                      List<Defendant> defendants, List<DefendantGroup> groups, int unnamedDefendants,
                      Evidence evidence) implements CaseEvent {
        @Override
        public List<Person> people() {
            return Evidence.peopleOf(defendants.stream().map(Defendant::person).toList(), evidence);
        }
    }

    /** Revision 2 added the detention records; {@link CaseEventUpcasters} reads the first shape. */
    @Revision("2")
    record ChargesFiled(String caseId, String recordId, List<String> defendantIds, List<String> charges,
                        List<String> detentionRecordIds, Evidence evidence) implements CaseEvent {
    }

    record HearingHeld(String caseId, String recordId, String summary, Evidence evidence) implements CaseEvent {
    }

    /** Revision 2 gave sentences a length and a fine; {@link CaseEventUpcasters} reads the first shape. */
    @Revision("2")
    record VerdictDelivered(String caseId, String recordId, List<Judgement> judgements, String summary,
                            Evidence evidence) implements CaseEvent {
    }

    record AppealFiled(String caseId, String recordId, List<String> appellantIds, String summary,
                       Evidence evidence) implements CaseEvent {
    }

    /** Revision 2 gave sentences a length and a fine; {@link CaseEventUpcasters} reads the first shape. */
    @Revision("2")
    record AppealDecided(String caseId, String recordId, AppealOutcome outcome, List<Judgement> revised,
                         Evidence evidence) implements CaseEvent {
    }

    record CaseClosed(String caseId, String recordId, CaseClosure closure, String summary, Evidence evidence)
            implements CaseEvent {
    }

    record DefendantReleased(String caseId, String recordId, String defendantId, ReleaseKind kind,
                             Evidence evidence) implements CaseEvent {
    }
}
