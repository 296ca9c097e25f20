package org.labourtracker.legal;

import org.labourtracker.evidence.Checks;

/** A sentence as handed down: its kind, its length in months where it has one, and its terms in words. */
public record Sentence(SentenceKind kind, Integer months, String terms) {

    void check(String path) {
        Checks.present(kind, path + ".kind");
        if (months != null) {
            Checks.require(months > 0 && months <= 12 * 100, path + ".months", "must be between 1 and 1200");
        }
        Checks.require(kind == SentenceKind.FINE || kind == SentenceKind.AMNESTIED || months != null,
                path + ".months", "is required for a " + kind + " sentence");
        Checks.optionalName(terms, path + ".terms");
    }
}
