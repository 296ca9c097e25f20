package org.labourtracker.projections.summary;

import java.util.Optional;

/**
 * The summaries kept beside the records, a row per dispute, each computed again after its records of
 * the kinds a summary reads changed (the overview's tables keep them, with the dispute's brief).
 */
public interface KeptSummaries {

    /**
     * The dispute's summary as kept, when it is current: empty when its records changed since it was
     * computed, or none is kept (an unknown or withdrawn dispute), and the summary must be computed from
     * the records.
     */
    Optional<KeptSummary> current(String disputeId);
}
