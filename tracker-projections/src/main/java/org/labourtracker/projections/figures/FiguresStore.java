package org.labourtracker.projections.figures;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The figures read model's tables: the records that carry figures. */
@Component
public class FiguresStore {

    private final RecordTable table;

    FiguresStore(JdbcTemplate jdbc) {
        this.table = new RecordTable(jdbc, "rm_figures",
                payload -> payload instanceof DisputeEvent e && e.claims() != null && !e.claims().isEmpty());
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
            var records = table.ofDispute(disputeId);
            return Figures.of(disputeId, records,
                    Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
        });
    }
}
