package org.labourtracker.api.transparency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar labour-tracker.jar log-key --out FILE [--name NAME]}: makes a new signing key for
 * the transparency log before a first start in profile {@code prod} (which never makes one), writes
 * it to FILE readable by its owner only, and prints the verifier key to give auditors. It refuses to
 * overwrite a key. Exit code 0 when written, 2 otherwise.
 */
public final class KeyCommand {

    public static final String NAME = "log-key";

    private KeyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        String file = null;
        String name = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> file = args[i + 1];
                case "--name" -> name = args[i + 1];
                default -> file = null;
            }
        }
        if (file == null || args.length % 2 != 1) {
            out.println("usage: java -jar labour-tracker.jar log-key --out FILE [--name NAME]");
            return 2;
        }
        Path path = Path.of(file);
        if (Files.exists(path)) {
            out.println("not written: " + path + " exists already, and a log's key is never replaced by accident");
            return 2;
        }
        try {
            NoteKey key = LogKey.write(path, name);
            out.println("signing key written to " + path.toAbsolutePath() + " (give it to every node: "
                    + "tracker.log.key-file, or its content in TRACKER_LOG_SIGNINGKEY)");
            out.println("verifier key, for auditors: " + key.verifierKey());
            return 0;
        } catch (IOException | IllegalArgumentException unusable) {
            out.println("not written: " + unusable.getMessage());
            return 2;
        }
    }
}
