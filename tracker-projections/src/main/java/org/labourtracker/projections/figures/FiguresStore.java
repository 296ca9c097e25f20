package org.labourtracker.projections.figures;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.springframework.stereotype.Component;

/** A dispute's figures, from the record store's records that carry figures. */
@Component
public class FiguresStore {

    private final RecordTable table;

    FiguresStore(RecordTable table) {
        this.table = table;
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's figures, or null if the read model does not know the dispute. */
    public DisputeFigures figures(String disputeId, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            var records = table.withClaims(disputeId);
            return Figures.of(disputeId, records,
                    Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
        });
    }
}
