package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;
import org.labourtracker.legal.CaseClosure;

/**
 * A court case of the dispute's legal track. {@code againstOfficials} is true when a named defendant
 * or a group is police officers, officials or politicians. {@code closure} says how a case ended
 * without a verdict; {@code arrests} are the dispute's detention records its charges cite.
 *
 * @param caseId            the case's id, as given when it was opened
 * @param title             the case's name as recorded, such as the trial of a group of strikers
 * @param court             the court that hears it
 * @param prosecutor        who brings the charges, when a record says
 * @param opened            when the case was opened, with its precision
 * @param againstOfficials  whether a named defendant or a group is police officers, officials or politicians
 * @param unnamedDefendants how many defendants the opening record counts without naming them
 * @param stage             AWAITING_VERDICT, DECIDED, UNDER_APPEAL or CLOSED (ended without a verdict)
 * @param charges           every charge filed in the case, in the words of the charge sheet as recorded
 * @param defendants        the named defendants, each with charges, finding, sentence and release
 * @param groups            defendants tried as a group without names, such as "37 residents"
 * @param arrests           the dispute's detention records that the case's charges cite
 * @param verdictSummary    the latest verdict in words, null before any verdict
 * @param lastAppealOutcome how the latest appeal was decided (UPHELD, SENTENCE_REDUCED, OVERTURNED ...), null if none
 * @param closure           how it ended without a verdict: CHARGES_WITHDRAWN, DISMISSED, DISCONTINUED, AMNESTY; else null
 */
public record CaseView(String caseId, String title, String court, String prosecutor, When opened,
                       boolean againstOfficials, int unnamedDefendants, CaseStage stage, List<String> charges,
                       List<DefendantView> defendants, List<GroupDefendantView> groups, List<CitedDetention> arrests,
                       String verdictSummary, AppealOutcome lastAppealOutcome, CaseClosure closure) {
}
