package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;

/**
 * A court case of the dispute's legal track. {@code againstOfficials} is true when a named defendant
 * is a police officer, an official or a politician.
 */
public record CaseView(String caseId, String title, String court, When opened, boolean againstOfficials,
                       int unnamedDefendants, CaseStage stage, List<String> charges, List<DefendantView> defendants,
                       String verdictSummary, AppealOutcome lastAppealOutcome) {
}
