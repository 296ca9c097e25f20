package org.labourtracker.api.transparency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code java -jar labour-tracker.jar verify --export FILE.ndjson --checkpoint CP.txt --key KEY}: checks an
 * export against a checkpoint the auditor kept and the log's verifier key (a file, or the key itself),
 * with no database and no network. Exit code 0 when every record checks out, 1 when something does
 * not (each such record is named), 2 when the command is used wrongly.
 */
public final class VerifyCommand {

    public static final String NAME = "verify";

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 1 || !options.keySet().containsAll(List.of("--export", "--checkpoint", "--key"))) {
            out.println("usage: java -jar labour-tracker.jar verify --export FILE.ndjson --checkpoint CHECKPOINT.txt"
                    + " --key VERIFIER-KEY-OR-FILE");
            return 2;
        }
        try {
            NoteKey key = NoteKey.ofVerifierKey(fileOrText(options.get("--key")));
            Checkpoint kept = Checkpoint.verified(Files.readString(Path.of(options.get("--checkpoint")),
                    StandardCharsets.UTF_8), key);
            List<String> lines = Files.readAllLines(Path.of(options.get("--export")), StandardCharsets.UTF_8);
            ExportVerifier.Outcome outcome = ExportVerifier.verify(lines, key, kept, new ObjectMapper());
            if (outcome.verified()) {
                out.printf("verified: %d records of %s are leaves of the checkpoint of %d records (root %s),"
                                + " which extends the checkpoint kept (%d records)%n", outcome.records(),
                        outcome.checkpoint().origin(), outcome.checkpoint().size(), outcome.checkpoint().rootBase64(),
                        kept.size());
                return 0;
            }
            out.printf("NOT VERIFIED: %d problem(s)%n", outcome.problems().size());
            outcome.problems().forEach(problem -> out.printf("line %d%s: %s%n", problem.line(),
                    problem.recordId() == null ? "" : " (record " + problem.recordId() + ")", problem.reason()));
            return 1;
        } catch (Checkpoint.InvalidCheckpoint invalid) {
            out.println("NOT VERIFIED: the checkpoint kept is not the key's: " + invalid.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException unusable) {
            out.println("cannot verify: " + unusable.getMessage());
            return 2;
        }
    }

    private static String fileOrText(String value) throws IOException {
        Path path = Path.of(value);
        return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8).trim() : value.trim();
    }
}
