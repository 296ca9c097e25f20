package org.labourtracker.projections.figures;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.stereotype.Component;

/** A dispute's figures, from the record store's records that carry figures. */
@Component
public class FiguresStore {

    private final RecordTable table;
    private final ViewCache views;

    FiguresStore(RecordTable table, ViewCache views) {
        this.table = table;
        this.views = views;
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's figures, or null if the store does not know the dispute. */
    public DisputeFigures figures(String disputeId, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            return views.get(new ViewCache.Slot("figures", disputeId, confidentialVisible), table.version(disputeId),
                    () -> {
                        var records = table.withClaims(disputeId);
                        DisputeFigures figures = Figures.of(disputeId, records,
                                Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
                        return new ViewCache.Computed<>(figures, figures.groups().stream()
                                .mapToLong(group -> 1 + group.claims().size()).sum());
                    });
        });
    }
}
