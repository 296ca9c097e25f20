package org.labourtracker.projections.people;

import java.util.List;
import java.util.Optional;

/**
 * The people named in a dispute and its legal track, and its court cases.
 *
 * @param disputeId the dispute's id
 * @param people    every person the dispute's records and cases name, as the reader may see them
 * @param cases     the dispute's court cases
 */
public record DisputePeople(String disputeId, List<PersonView> people, List<CaseView> cases) {

    public Optional<PersonView> person(String personId) {
        return people.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    public Optional<CaseView> legalCase(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    public List<PersonView> inCustody() {
        return people.stream().filter(PersonView::inCustody).toList();
    }

    public List<PersonView> withStanding(LegalStanding standing) {
        return people.stream().filter(p -> p.standing() == standing).toList();
    }
}
