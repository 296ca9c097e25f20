package org.labourtracker.legal;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Name;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A sentence as handed down: its kind; its length in months and how well that length is known; a
 * fine, in the currency imposed; and its terms in words. A length of months alone is exact, so that
 * a sentence recorded before lengths could be approximate says what it said.
 *
 * @param kind   the kind of sentence: prison, restricted freedom, a fine ...
 * @param months its length in months, 1 to 1200
 * @param length how well the length is known: EXACT, APPROXIMATE or UNKNOWN
 * @param fine   the fine imposed, in its currency
 * @param terms  its terms in words
 */
public record Sentence(@NotNull SentenceKind kind,
                       @Min(value = 1, message = "must be between 1 and 1200")
                       @Max(value = 1200, message = "must be between 1 and 1200") Integer months,
                       SentenceLength length, @Valid Money fine, @Name String terms) {

    /** The rules between the length, its months and the kind; each one's own rules are on its component. */
    void check(String path) {
        if (months != null) {
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
    }

    /** This sentence as recorded: a length in months not said to be rough is exact. */
    Sentence stated() {
        return months != null && length == null ? new Sentence(kind, months, SentenceLength.EXACT, fine, terms) : this;
    }
}
