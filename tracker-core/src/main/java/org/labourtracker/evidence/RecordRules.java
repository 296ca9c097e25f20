package org.labourtracker.evidence;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Enforces the field rules written as Bean Validation annotations on the commands and their values,
 * before any handler runs, and reports every broken rule at once as a {@link RecordRejected}. The
 * same annotations give the API description its required fields and limits, so the two cannot
 * disagree. Registered on the command bus as a handler interceptor, so that a rejection reaches the
 * sender (the API, an import, a test fixture) as a handler's own rejection would; rules that compare
 * fields or need the stream's state stay in the handlers.
 */
public final class RecordRules implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Validator validator;

    private RecordRules(Validator validator) {
        this.validator = validator;
    }

    /** The rules, with {@code clock} telling which dates are in the future. */
    public static RecordRules at(Clock clock) {
        return new RecordRules(Validation.byDefaultProvider().configure().clockProvider(() -> clock)
                .buildValidatorFactory().getValidator());
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        check(unitOfWork.getMessage().getPayload());
        return chain.proceed();
    }

    /** @throws RecordRejected naming every broken rule, ordered by field */
    public void check(Object command) {
        List<Violation> violations = validator.validate(command).stream()
                .map(violation -> new Violation(jsonPath(violation.getPropertyPath()), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::reason))
                .toList();
        if (!violations.isEmpty()) {
            throw new RecordRejected(violations);
        }
    }

    /** {@code evidence.sources[0].url}, as the JSON of the command names it (a list element has no name of its own). */
    static String jsonPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
