package org.labourtracker.api.transparency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an NDJSON export against the log's verifier key and, if given, a checkpoint the auditor
 * kept, with nothing but the file: the export's checkpoint must be signed by the key and extend the
 * kept one (by the consistency proof in its header), and every record must be a leaf of it (by its
 * inclusion proof) whose bytes say exactly what the line says. Plain Java and Jackson, so that it runs
 * offline from the command line as well as in the import.
 */
public final class ExportVerifier {

    private ExportVerifier() {
    }

    /** A line that does not check out, by its number in the file (the header is line 1). */
    public record LineProblem(int line, String recordId, String reason) {
    }

    public record Outcome(Checkpoint checkpoint, int records, List<LineProblem> problems) {
        public boolean verified() {
            return problems.isEmpty();
        }
    }

    public static Outcome verify(List<String> lines, NoteKey key, Checkpoint kept, ObjectMapper json) {
        List<LineProblem> problems = new ArrayList<>();
        JsonNode header = lines.isEmpty() ? null : ExportProofs.header(json, lines.get(0));
        if (header == null) {
            problems.add(new LineProblem(1, null, "the file does not begin with an export header"));
            return new Outcome(null, 0, problems);
        }
        if (header.path("redacted").asBoolean() || !header.path("verifiable").asBoolean()) {
            problems.add(new LineProblem(1, null, "the export is redacted: its records cannot be checked against a checkpoint"));
            return new Outcome(null, 0, problems);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.verified(header.path("checkpoint").asText(""), key);
        } catch (Checkpoint.InvalidCheckpoint invalid) {
            problems.add(new LineProblem(1, null, "the export's checkpoint is not the log's: " + invalid.getMessage()));
            return new Outcome(null, 0, problems);
        }
        if (kept != null) {
            String gap = extends_(kept, checkpoint, header.path("consistency"));
            if (gap != null) {
                problems.add(new LineProblem(1, null, gap));
            }
        }
        int records = 0;
        for (int number = 2; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            records++;
            try {
                String problem = check(json.readTree(line), checkpoint, json);
                if (problem != null) {
                    problems.add(new LineProblem(number, recordId(json, line), problem));
                }
            } catch (IOException | RuntimeException unreadable) {
                problems.add(new LineProblem(number, null, "unreadable: " + unreadable.getMessage()));
            }
        }
        return new Outcome(checkpoint, records, problems);
    }

    /** Null if {@code later} extends {@code kept}; else why not. */
    private static String extends_(Checkpoint kept, Checkpoint later, JsonNode consistency) {
        if (!kept.origin().equals(later.origin())) {
            return "the export comes from log " + later.origin() + ", the checkpoint kept from " + kept.origin();
        }
        if (kept.size() > later.size()) {
            return "the export was taken at " + later.size() + " records, before the checkpoint kept (" + kept.size() + ")";
        }
        if (kept.size() == later.size()) {
            return LogKey.same(kept.rootHash(), later.rootHash()) ? null
                    : "the export's checkpoint and the one kept have the same size but different roots: the log was rewritten";
        }
        if (consistency.path("from").asLong(-1) != kept.size()) {
            return "the export carries no proof that it extends the checkpoint kept: export it with since=" + kept.size();
        }
        List<byte[]> hashes = new ArrayList<>();
        consistency.path("hashes").forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asText())));
        return Merkle.verifyConsistency(kept.size(), later.size(), kept.rootHash(), later.rootHash(), hashes) ? null
                : "the export's checkpoint does not extend the checkpoint kept: the log was rewritten in between";
    }

    private static String check(JsonNode line, Checkpoint checkpoint, ObjectMapper json) {
        JsonNode provenance = line.path("provenance");
        JsonNode proof = line.path("proof");
        if (!provenance.path("leafIndex").canConvertToLong() || !proof.path("leaf").isTextual()) {
            return "it carries no leaf and proof";
        }
        long index = provenance.path("leafIndex").asLong();
        byte[] leafBytes = Base64.getDecoder().decode(proof.path("leaf").asText());
        List<byte[]> path = new ArrayList<>();
        proof.path("hashes").forEach(hash -> path.add(Base64.getDecoder().decode(hash.asText())));
        if (!Merkle.verifyInclusion(index, checkpoint.size(), Merkle.leafHash(leafBytes), path, checkpoint.rootHash())) {
            return "its leaf is not leaf " + index + " of the checkpoint's tree";
        }
        LeafEncoding.Leaf leaf = LeafEncoding.decode(leafBytes);
        if (!leaf.streamId().equals(provenance.path("streamId").asText())
                || leaf.sequenceNumber() != provenance.path("sequenceNumber").asLong(-1)) {
            return "its place (stream, sequence number) differs from its signed leaf";
        }
        for (String evidenceKey : LeafEncoding.EVIDENCE_KEYS) {
            JsonNode said = provenance.get(evidenceKey);
            if (!Objects.equals(leaf.metaData().get(evidenceKey), said == null ? null : said.asText())) {
                return "its " + evidenceKey + " differs from its signed leaf";
            }
        }
        try {
            if (!json.readTree(leaf.payload()).equals(line.path("record"))) {
                return "its record differs from its signed leaf";
            }
        } catch (IOException unreadable) {
            return "its signed leaf holds no JSON record";
        }
        return null;
    }

    private static String recordId(ObjectMapper json, String line) {
        try {
            return json.readTree(line).path("record").path("recordId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
