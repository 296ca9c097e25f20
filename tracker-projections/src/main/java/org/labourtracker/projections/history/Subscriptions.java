package org.labourtracker.projections.history;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;

/**
 * Sends subscription-query updates for a change, computing each update only for the queries that
 * are subscribed (a view answers differently to readers who may see confidential names and to those
 * who may not, so each distinct query gets its own). Called from event handlers: Axon delivers the
 * updates once the handler's transaction commits.
 */
public final class Subscriptions {

    private Subscriptions() {
    }

    /**
     * Sends the subscribed queries of each changed dispute their view once, however many of the
     * changes were to it.
     */
    public static <Q> void emitPerDispute(QueryUpdateEmitter emitter, Class<Q> queryType, Function<Q, String> dispute,
                                          List<ViewChange> changes, Function<Q, ?> update) {
        Set<String> disputes = new HashSet<>();
        changes.forEach(change -> disputes.add(change.disputeId()));
        emit(emitter, queryType, query -> disputes.contains(dispute.apply(query)), update);
    }

    public static <Q> void emit(QueryUpdateEmitter emitter, Class<Q> queryType, Predicate<Q> affected,
                                Function<Q, ?> update) {
        for (Q query : subscribed(emitter, queryType, affected)) {
            Object value = update.apply(query);
            if (value != null) {
                emitter.emit(queryType, query::equals, value);
            }
        }
    }

    /** The distinct subscribed queries of that type the change affects: none, and there is nothing to read for it. */
    public static <Q> Set<Q> subscribed(QueryUpdateEmitter emitter, Class<Q> queryType, Predicate<Q> affected) {
        Set<Q> queries = new LinkedHashSet<>();
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            Object payload = subscription.getPayload();
            if (queryType.isInstance(payload) && affected.test(queryType.cast(payload))) {
                queries.add(queryType.cast(payload));
            }
        }
        return queries;
    }
}
