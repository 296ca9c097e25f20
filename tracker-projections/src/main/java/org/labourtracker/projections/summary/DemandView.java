package org.labourtracker.projections.summary;

import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.evidence.When;

/** A demand, its latest outcome (null while none is recorded) and whether it is still open. */
public record DemandView(String demandId, String text, When raised, DemandOutcome outcome, When outcomeWhen,
                         boolean open) {
}
