package org.labourtracker.projections.people;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class PeopleQueries {

    private final PeopleStore store;

    PeopleQueries(PeopleStore store) {
        this.store = store;
    }

    @QueryHandler
    DisputePeople handle(DisputePeopleQuery query) {
        return store.people(query.disputeId(), query.confidentialVisible());
    }

    @QueryHandler
    PersonRecord handle(PersonQuery query) {
        return store.person(query.personId(), query.confidentialVisible());
    }

    @QueryHandler
    CaseRecord handle(CaseQuery query) {
        return store.legalCase(query.caseId(), query.confidentialVisible());
    }
}
