package org.labourtracker.projections.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.Claim;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Edit;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;

/** Computes a dispute's figures from its records: pure, for the live view and time travel alike. */
public final class Figures {

    private Figures() {
    }

    public static DisputeFigures of(String disputeId, Collection<StoredRecord> records, Redactor redactor) {
        Map<String, Group> groups = new LinkedHashMap<>();
        records.stream()
                .filter(Figures::givesFigures)
                .sorted(StoredRecord.TIMELINE_ORDER)
                .forEach(record -> {
                    List<ClaimView> claims = claimsOf(record, redactor);
                    for (GroupOf group : groupsOf(record, claims)) {
                        groups.computeIfAbsent(group.key(), k -> new Group(group)).add(record, claims);
                    }
                });
        return new DisputeFigures(disputeId, groups.values().stream().map(Group::view).toList());
    }

    /** Whether the record is of a kind that gives figures, so that its claims count. */
    public static boolean givesFigures(StoredRecord record) {
        return FigureKind.of(record.payload()) != null;
    }

    /**
     * A group a record's figures fall in.
     *
     * @param key      what tells the group from the dispute's others ({@link FigureGroup#key})
     * @param incident the incident the record names, or its headline when it names none
     */
    public record GroupOf(String key, FigureKind kind, String incident, VictimCategory victims) {
    }

    /**
     * The groups a record's figures fall in, one per kind it gives: its own, and those of claims (in
     * any of its versions, {@link #claimsOf}) that count something else.
     */
    public static List<GroupOf> groupsOf(StoredRecord record, List<ClaimView> claims) {
        String incident = FigureKind.incidentOf(record.payload());
        VictimCategory victims = FigureKind.victimsOf(record.payload());
        Set<FigureKind> kinds = new LinkedHashSet<>();
        kinds.add(FigureKind.of(record.payload()));
        claims.forEach(claim -> kinds.add(FigureKind.of(record.payload(), claim.counted())));
        return kinds.stream().map(kind -> new GroupOf(kind + "\u0000" + victims + "\u0000" + (incident != null
                ? incident : "record\u0000" + record.streamId() + "\u0000" + record.recordId()), kind,
                incident != null ? incident : Describe.headline(record.payload()), victims)).toList();
    }

    /** The claims of this kind the record makes now: none once it no longer stands. */
    public static List<Claim> standingClaims(StoredRecord record, FigureKind kind) {
        if (!record.stands()) {
            return List.of();
        }
        return record.claims().stream().filter(claim -> FigureKind.of(record.payload(), claim.counted()) == kind)
                .toList();
    }

    /** Every claim a record has carried, in order: first as recorded, then as each correction left them. */
    public static List<ClaimView> claimsOf(StoredRecord record, Redactor redactor) {
        List<List<Claim>> versions = new ArrayList<>();
        List<String> introducedBy = new ArrayList<>();
        List<Claim> first = record.payload() instanceof DisputeEvent e && e.claims() != null ? e.claims() : List.of();
        versions.add(first);
        introducedBy.add(null);
        for (Edit edit : record.edits()) {
            if (edit.kind() == Edit.Kind.CORRECTED && edit.correction().claims() != null) {
                versions.add(edit.correction().claims());
                introducedBy.add(edit.recordId());
            }
        }
        String removedBy = record.edits().stream()
                .filter(e -> e.kind() != Edit.Kind.CORRECTED)
                .map(Edit::recordId)
                .reduce((a, b) -> b)
                .orElse(null);
        ClaimStatus current = switch (record.standing()) {
            case STANDING -> ClaimStatus.STANDING;
            case RETRACTED -> ClaimStatus.RETRACTED;
            case MERGED -> ClaimStatus.MERGED;
            case SUPERSEDED -> ClaimStatus.REPLACED;
        };
        List<ClaimView> views = new ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            boolean last = v == versions.size() - 1;
            ClaimStatus status = last ? current : ClaimStatus.SUPERSEDED;
            String edit = last ? (current == ClaimStatus.STANDING ? introducedBy.get(v) : removedBy)
                    : introducedBy.get(v + 1);
            for (Claim claim : versions.get(v)) {
                views.add(new ClaimView(record.streamId(), record.recordId(), redactor.source(claim.source()),
                        claim.low(), claim.best(), claim.high(), claim.wording(), claim.vague(), claim.counted(),
                        status, edit, record.when(), record.recordedAt()));
            }
        }
        return views;
    }

    private static final class Group {
        private final GroupOf group;
        private final List<String> recordIds = new ArrayList<>();
        private final List<ClaimView> claims = new ArrayList<>();
        private final List<Claim> standing = new ArrayList<>();

        Group(GroupOf group) {
            this.group = group;
        }

        /** The record, with those of its claims (every version, as {@link #claimsOf} lists them) of this group's kind. */
        void add(StoredRecord record, List<ClaimView> views) {
            recordIds.add(record.recordId());
            views.stream().filter(view -> FigureKind.of(record.payload(), view.counted()) == group.kind())
                    .forEach(claims::add);
            standing.addAll(standingClaims(record, group.kind()));
        }

        FigureGroup view() {
            return new FigureGroup(group.key(), group.kind(), group.incident(), group.victims(), List.copyOf(recordIds),
                    List.copyOf(claims), Spread.of(standing));
        }
    }
}
