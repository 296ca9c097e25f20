package org.labourtracker.legal;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Money;

/**
 * A sentence as handed down: its kind; its length in months and how well that length is known; a
 * fine, in the currency imposed; and its terms in words. A length of months alone is exact, so that
 * a sentence recorded before lengths could be approximate says what it said.
 */
public record Sentence(SentenceKind kind, Integer months, SentenceLength length, Money fine, String terms) {

    void check(String path) {
        Checks.present(kind, path + ".kind");
        if (months != null) {
            Checks.require(months > 0 && months <= 12 * 100, path + ".months", "must be between 1 and 1200");
            Checks.require(length != SentenceLength.UNKNOWN, path + ".length",
                    "is UNKNOWN, but months are given; give APPROXIMATE for a rough length");
        } else {
            Checks.require(length == SentenceLength.UNKNOWN || kind == SentenceKind.FINE
                            || kind == SentenceKind.AMNESTIED, path + ".months",
                    "is required for a " + kind + " sentence, unless its length is UNKNOWN");
            Checks.require(length != SentenceLength.APPROXIMATE, path + ".months",
                    "is required for an APPROXIMATE length: the rough number of months");
        }
        if (fine != null) {
            fine.check(path + ".fine");
        }
        Checks.optionalName(terms, path + ".terms");
    }

    /** This sentence as recorded: a length in months not said to be rough is exact. */
    Sentence stated() {
        return months != null && length == null ? new Sentence(kind, months, SentenceLength.EXACT, fine, terms) : this;
    }
}
