package org.labourtracker.api.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Source;

/**
 * The shape of a record's form, read from the record components of the command that records it:
 * the same components the API's JSON schema is generated from, in their declared order. A new kind
 * of record, or a new field of an existing one, needs no form code. A form field's name is its JSON
 * path in the command ({@code evidence.sources[0].publisher}), so that a rule the API names by its
 * path is shown at the field of that name.
 */
sealed interface FormShape {

    /** The component's name; empty for the items of a list of texts, which are named by their index. */
    String name();

    /** One input: a text, a date, a number, a choice among an enum's constants, a flag. */
    record Leaf(String name, Input input, List<String> options, boolean required) implements FormShape {
    }

    /** A value made of parts (a place, a source, a sentence): a fieldset. */
    record Group(String name, Class<?> type, List<FormShape> parts) implements FormShape {
    }

    /** A list (claims, sources, named people, charges): numbered rows, and a button for one more. */
    record Rows(String name, FormShape item, int blankRows) implements FormShape {
    }

    enum Input {
        TEXT, LONG_TEXT, DATE, WHOLE_NUMBER, DECIMAL, CHOICE, FLAG,
        /** A claim's source: one of the record's sources, picked by its row rather than typed again. */
        SOURCE
    }

    /**
     * Parts that every value of their type must have when it is given at all (a source without a
     * publisher, a person without a name): the form says so for each one, together with the API's
     * answer, instead of one at a time.
     */
    Set<String> REQUIRED = Set.of("Source.publisher", "Source.kind", "Source.reliability", "Claim.source",
            "Person.id", "Person.name", "Person.role", "When.on", "When.precision", "Place.country",
            "Money.amount", "Money.currency", "Organisation.name", "DefendantGroup.id",
            "DefendantGroup.description", "DefendantGroup.role", "Judgement.defendantId", "Judgement.finding",
            "Sentence.kind");
    /** Texts that take more than a line. */
    Set<String> LONG_TEXTS = Set.of("notes", "summary", "text", "reason", "terms");

    /**
     * The form of a command without the components the page fills in (the stream's id from the
     * address); the evidence first, as monitors read a report: when, where, from whom.
     */
    static Group of(Class<?> command, Set<String> filledIn) {
        List<FormShape> parts = new ArrayList<>(parts(command, filledIn));
        parts.sort((a, b) -> Boolean.compare(!(a instanceof Group g && g.type() == Evidence.class),
                !(b instanceof Group g && g.type() == Evidence.class)));
        return new Group("", command, List.copyOf(parts));
    }

    private static List<FormShape> parts(Class<?> type, Set<String> skipped) {
        return Arrays.stream(type.getRecordComponents()).filter(component -> !skipped.contains(component.getName()))
                .map(component -> shape(type, component.getName(), component.getGenericType()))
                .toList();
    }

    private static FormShape shape(Class<?> owner, String name, Type generic) {
        Class<?> raw = generic instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) generic;
        if (List.class.isAssignableFrom(raw)) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return new Rows(name, shape(owner, "", item), item == Source.class || item == Claim.class ? 2 : 1);
        }
        boolean required = REQUIRED.contains(owner.getSimpleName() + "." + name);
        if (raw == Source.class && owner == Claim.class) {
            return new Leaf(name, Input.SOURCE, List.of(), required);
        }
        if (raw.isRecord()) {
            return new Group(name, raw, parts(raw, Set.of()));
        }
        if (raw.isEnum()) {
            return new Leaf(name, Input.CHOICE, Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList(),
                    required);
        }
        return new Leaf(name, input(name, raw), List.of(), required);
    }

    private static Input input(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return Input.DATE;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Input.WHOLE_NUMBER;
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return Input.DECIMAL;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Input.FLAG;
        }
        return LONG_TEXTS.contains(name) ? Input.LONG_TEXT : Input.TEXT;
    }

    /** The list of this record's sources, if it has one: claims pick their source from its rows. */
    static String sourcesPath(Group form) {
        return sourcesPath(form, "");
    }

    private static String sourcesPath(FormShape shape, String path) {
        if (shape instanceof Rows rows && rows.item() instanceof Group item && item.type() == Source.class) {
            return path;
        }
        if (shape instanceof Group group) {
            for (FormShape part : group.parts()) {
                String found = sourcesPath(part, RecordForm.join(path, part.name()));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
