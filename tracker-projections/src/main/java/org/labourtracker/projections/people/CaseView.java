package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;
import org.labourtracker.legal.CaseClosure;

/**
 * A court case of the dispute's legal track. {@code againstOfficials} is true when a named defendant
 * or a group is police officers, officials or politicians. {@code closure} says how a case ended
 * without a verdict; {@code arrests} are the dispute's detention records its charges cite.
 */
public record CaseView(String caseId, String title, String court, String prosecutor, When opened,
                       boolean againstOfficials, int unnamedDefendants, CaseStage stage, List<String> charges,
                       List<DefendantView> defendants, List<GroupDefendantView> groups, List<CitedDetention> arrests,
                       String verdictSummary, AppealOutcome lastAppealOutcome, CaseClosure closure) {
}
