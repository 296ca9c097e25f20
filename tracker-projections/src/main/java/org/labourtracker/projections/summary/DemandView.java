package org.labourtracker.projections.summary;

import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.evidence.When;

/**
 * A demand, its latest outcome (null while none is recorded) and whether it is still open.
 *
 * @param demandId    the demand's id, as given when it was raised
 * @param text        the demand in words, such as "release our lawyer Natalia Sokolova"
 * @param raised      when the demand was raised, with its precision
 * @param outcome     MET, PARTLY_MET, REFUSED or WITHDRAWN by the latest outcome record; null while none
 * @param outcomeWhen when that outcome came, null while none
 * @param open        whether the demand is still open: no outcome yet, or refused
 */
public record DemandView(String demandId, String text, When raised, DemandOutcome outcome, When outcomeWhen,
                         boolean open) {
}
