package org.labourtracker.projections.people;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Answers the view's queries, and sends its subscribed readers the dispute's new people and legal track. */
@Component
class PeopleQueries implements LiveView {

    private final PeopleStore store;
    private final QueryUpdateEmitter emitter;

    PeopleQueries(PeopleStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @Override
    public void announce(List<ViewChange> changes) {
        Subscriptions.emitPerDispute(emitter, DisputePeopleQuery.class, DisputePeopleQuery::disputeId, changes,
                q -> store.people(q.disputeId(), q.confidentialVisible()));
    }

    @QueryHandler
    DisputePeople handle(DisputePeopleQuery query) {
        return store.people(query.disputeId(), query.confidentialVisible());
    }

    @QueryHandler
    PersonRecord handle(PersonQuery query) {
        return store.person(query);
    }

    @QueryHandler
    CaseRecord handle(CaseQuery query) {
        return store.legalCase(query.caseId(), query.confidentialVisible());
    }
}
