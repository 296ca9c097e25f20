package org.labourtracker.api.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.labourtracker.dispute.AbuseKind;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.InterventionKind;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a monitor typed into the record form, exactly as typed (so that a refused form comes back
 * as it was sent), turned into the JSON the API takes for that kind of record. Nothing is checked
 * here: the record goes through the API's own reading and rules, and the first rule it breaks is
 * shown at the form field its JSON path names.
 */
final class RecordForm {

    /** The kinds of dispute record the form offers, by their name in the API, with each one's own fields. */
    static final Map<String, List<String>> FIELDS_BY_KIND = fieldsByKind();
    /** Each kind's figures field in the API: the form has one claim, attributed to its first source. */
    private static final Map<String, String> CLAIMS = Map.of("strikes", "workersOut", "protests", "participants",
            "employer-responses", "affected", "casualties", "claims", "detentions", "claims", "abuses", "claims");
    /** Each kind's named-people field in the API: the form names one person. */
    private static final Map<String, String> PEOPLE = Map.of("casualties", "named", "detentions", "named",
            "abuses", "victims");
    /** The values of each kind's {@code kind} field, in the order the form offers the kinds. */
    static final Map<String, List<String>> SUBKINDS = subkinds();
    static final int SOURCE_ROWS = 2;
    private static final List<String> SOURCE_FIELDS = List.of("publisher", "title", "url", "author", "publishedOn",
            "language", "kind", "reliability");
    private static final Set<String> FORM_FIELDS = formFields();
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern FIRST_ENTRY = Pattern.compile("^\\[0]\\.?");

    private final Map<String, String> typed;
    private String errorField;
    private String errorReason;

    private RecordForm(Map<String, String> typed) {
        this.typed = typed;
    }

    static RecordForm of(Map<String, String> typed) {
        return new RecordForm(new HashMap<>(typed));
    }

    /** A new form: a new record id (a form sent twice records once), and where the dispute is. */
    static RecordForm blank(String recordId, String region, String country) {
        Map<String, String> start = new HashMap<>();
        start.put("recordId", recordId);
        start.put("recordKind", "strikes");
        start.put("when.precision", "DAY");
        start.put("where.region", region);
        start.put("where.country", country);
        return new RecordForm(start);
    }

    public String value(String name) {
        return typed.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(typed.get(name));
    }

    /** Why the value at this form field was refused, or null. */
    public String error(String name) {
        return name.equals(errorField) ? errorReason : null;
    }

    /** A refusal that names no field of the form (the record id, say), as field and reason. */
    public String generalError() {
        return errorReason != null && errorField == null ? errorReason : null;
    }

    String recordKind() {
        return value("recordKind");
    }

    String recordId() {
        return value("recordId");
    }

    /** The record as the API takes it for its kind; fields the kind does not have are left out. */
    ObjectNode record(String disputeId) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        String kind = recordKind();
        ObjectNode record = json.objectNode().put("disputeId", disputeId);
        text(record, "recordId", recordId());
        FIELDS_BY_KIND.getOrDefault(kind, List.of()).forEach(field -> text(record, field, value(field)));
        ObjectNode evidence = record.putObject("evidence");
        ObjectNode when = evidence.putObject("when");
        text(when, "on", value("when.on"));
        text(when, "precision", value("when.precision"));
        text(when, "until", value("when.until"));
        ObjectNode where = evidence.putObject("where");
        Stream.of("name", "region", "country").forEach(field -> text(where, field, value("where." + field)));
        ArrayNode sources = evidence.putArray("sources");
        for (int i = 0; i < SOURCE_ROWS; i++) {
            if (typedAny("sources[" + i + "].", SOURCE_FIELDS) || checked("sources[" + i + "].confidential")) {
                sources.add(source(i));
            }
        }
        text(evidence, "notes", value("notes"));
        if (CLAIMS.containsKey(kind)) {
            ArrayNode claims = record.putArray(CLAIMS.get(kind));
            if (typedAny("claim.", List.of("low", "best", "high", "wording"))) {
                ObjectNode claim = claims.addObject();
                claim.set("source", sources.isEmpty() ? null : sources.get(0).deepCopy());
                Stream.of("low", "best", "high").forEach(field -> number(claim, field, value("claim." + field)));
                text(claim, "wording", value("claim.wording"));
            }
        }
        if (PEOPLE.containsKey(kind)) {
            ArrayNode people = record.putArray(PEOPLE.get(kind));
            if (typedAny("person.", List.of("id", "name", "role"))) {
                ObjectNode person = people.addObject();
                Stream.of("id", "name", "role").forEach(field -> text(person, field, value("person." + field)));
                person.put("confidential", checked("person.confidential"));
            }
        }
        return record;
    }

    /**
     * Shows a refusal at the form field its JSON path names: {@code evidence.sources[0].url} at
     * {@code sources[0].url}, {@code claims[0].low} at {@code claim.low}; a path the form has no
     * field for is shown above the form with the path.
     */
    void reject(String path, String reason) {
        String field = path == null ? "" : path.replaceFirst("^evidence\\.", "");
        String claims = CLAIMS.get(recordKind());
        String people = PEOPLE.get(recordKind());
        if (claims != null && field.startsWith(claims)) {
            field = prefixed("claim", field.substring(claims.length()));
        } else if (people != null && field.startsWith(people)) {
            field = prefixed("person", field.substring(people.length()));
        }
        if (FORM_FIELDS.contains(field)) {
            errorField = field;
            errorReason = reason;
        } else {
            errorField = null;
            errorReason = path == null ? reason : path + " " + reason;
        }
    }

    private static String prefixed(String name, String rest) {
        String inner = FIRST_ENTRY.matcher(rest).replaceFirst("");
        return inner.isEmpty() ? name : name + "." + inner;
    }

    private static Set<String> formFields() {
        Set<String> fields = new java.util.HashSet<>(Set.of("recordKind", "when", "when.on", "when.precision",
                "when.until", "where", "where.name", "where.region", "where.country", "sources", "notes", "claim",
                "claim.low", "claim.best", "claim.high", "claim.wording", "person", "person.id", "person.name",
                "person.role"));
        FIELDS_BY_KIND.values().forEach(fields::addAll);
        for (int i = 0; i < SOURCE_ROWS; i++) {
            fields.add("sources[" + i + "]");
            for (String field : SOURCE_FIELDS) {
                fields.add("sources[" + i + "]." + field);
            }
        }
        return fields;
    }

    private ObjectNode source(int row) {
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        String prefix = "sources[" + row + "].";
        SOURCE_FIELDS.forEach(field -> text(source, field, value(prefix + field)));
        source.put("confidential", checked(prefix + "confidential"));
        return source;
    }

    private boolean typedAny(String prefix, List<String> fields) {
        return fields.stream().anyMatch(field -> !value(prefix + field).isBlank());
    }

    /** Blank is absent; anything else goes as typed, for the API to accept or refuse. */
    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    /** A whole number goes as a number; anything else as text, which the API refuses at this field. */
    private static void number(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String stripped = value.strip().replace(",", "");
        if (INTEGER.matcher(stripped).matches()) {
            node.put(field, Integer.parseInt(stripped));
        } else {
            node.put(field, value.strip());
        }
    }

    private static Map<String, List<String>> fieldsByKind() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("strikes", List.of("kind", "employer", "legality", "workers"));
        fields.put("protests", List.of("kind"));
        fields.put("employer-responses", List.of("kind", "employer"));
        fields.put("state-actions", List.of("kind", "authority"));
        fields.put("interventions", List.of("kind", "body", "bodyType"));
        fields.put("casualties", List.of("incident", "kind", "victims", "perpetrator"));
        fields.put("detentions", List.of("incident", "kind"));
        fields.put("abuses", List.of("kind"));
        fields.put("demands", List.of("demandId", "text"));
        fields.put("status", List.of("status"));
        return fields;
    }

    private static Map<String, List<String>> subkinds() {
        Map<String, List<String>> subkinds = new LinkedHashMap<>();
        subkinds.put("strikes", names(StrikeKind.values()));
        subkinds.put("protests", names(ProtestKind.values()));
        subkinds.put("employer-responses", names(EmployerResponseKind.values()));
        subkinds.put("state-actions", names(StateActionKind.values()));
        subkinds.put("interventions", names(InterventionKind.values()));
        subkinds.put("casualties", names(CasualtyKind.values()));
        subkinds.put("detentions", names(DetentionKind.values()));
        subkinds.put("abuses", names(AbuseKind.values()));
        return subkinds;
    }

    /**
     * For each kind-specific part of the form (a field, or the claim or the person), the kinds of
     * record that have it, space-separated: the page shows the part only for those kinds.
     */
    static Map<String, String> kindsHaving() {
        Map<String, java.util.StringJoiner> having = new HashMap<>();
        FIELDS_BY_KIND.forEach((kind, fields) -> fields.forEach(field ->
                having.computeIfAbsent(field, f -> new java.util.StringJoiner(" ")).add(kind)));
        FIELDS_BY_KIND.keySet().forEach(kind -> {
            if (CLAIMS.containsKey(kind)) {
                having.computeIfAbsent("claim", f -> new java.util.StringJoiner(" ")).add(kind);
            }
            if (PEOPLE.containsKey(kind)) {
                having.computeIfAbsent("person", f -> new java.util.StringJoiner(" ")).add(kind);
            }
        });
        Map<String, String> joined = new HashMap<>();
        having.forEach((part, kinds) -> joined.put(part, kinds.toString()));
        return joined;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
