package org.labourtracker.legal;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Identifier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The court's finding on one defendant, a person or a group, with the sentence when convicted.
 *
 * @param defendantId the id of the person or group judged
 * @param finding     what the court found
 * @param sentence    the sentence, given with a conviction only
 */
public record Judgement(@NotNull @Identifier String defendantId, @NotNull Finding finding, @Valid Sentence sentence) {

    void check(String path) {
        if (finding == Finding.CONVICTED) {
            Checks.require(sentence != null, path + ".sentence", "is required");
            sentence.check(path + ".sentence");
        } else {
            Checks.require(sentence == null, path + ".sentence", "is only given with a conviction");
        }
    }

    Judgement stated() {
        return sentence == null ? this : new Judgement(defendantId, finding, sentence.stated());
    }

    boolean isCustodial() {
        return sentence != null && sentence.kind().isCustodial();
    }
}
