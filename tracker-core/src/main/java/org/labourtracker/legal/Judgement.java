package org.labourtracker.legal;

import org.labourtracker.evidence.Checks;

/** The court's finding on one defendant, a person or a group, with the sentence when convicted. */
public record Judgement(String defendantId, Finding finding, Sentence sentence) {

    void check(String path) {
        Checks.identifier(defendantId, path + ".defendantId");
        Checks.present(finding, path + ".finding");
        if (finding == Finding.CONVICTED) {
            Checks.present(sentence, path + ".sentence").check(path + ".sentence");
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
