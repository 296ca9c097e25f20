package org.labourtracker.api.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.labourtracker.api.web.FormShape.Group;
import org.labourtracker.api.web.FormShape.Input;
import org.labourtracker.api.web.FormShape.Leaf;
import org.labourtracker.api.web.FormShape.Rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a monitor typed into a record's form, exactly as typed (so that a refused form comes back as
 * it was sent), turned into the JSON the API takes for that kind of record. The form checks only
 * what needs no rule of the record: that numbers and dates are numbers and dates, and that a part
 * given at all has what every such part has (a source its publisher). Everything else is the API's
 * own reading and rules; each broken rule is shown at the form field its JSON path names.
 */
final class RecordForm {

    /** The number of rows of a list the page shows, when more than typed; and the list a button adds one to. */
    static final String ROWS = "_rows.";
    static final String ADD = "_add";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("on", "On (the first day)"), Map.entry("until", "Until (ranges only)"),
            Map.entry("precision", "Known to the"), Map.entry("url", "Address (URL)"),
            Map.entry("country", "Country (ISO code, such as KZ)"), Map.entry("language", "Language (en, ru, kk ...)"),
            Map.entry("currency", "Currency (ISO 4217, such as KZT)"), Map.entry("source", "According to"),
            Map.entry("id", "Id (the same in every record)"), Map.entry("low", "Low"), Map.entry("best", "Best"),
            Map.entry("high", "High"), Map.entry("wording", "In the source's words"), Map.entry("where", "Where"),
            Map.entry("when", "When"), Map.entry("name", "Name"), Map.entry("evidence", "When, where and from whom"),
            Map.entry("correction", "What the correction changes (only the parts given)"));
    /** One row's name in a list, where "Claims 1" would read badly. */
    private static final Map<String, String> ROW_LABELS = Map.ofEntries(
            Map.entry("sources", "Source"), Map.entry("claims", "Claim"), Map.entry("named", "Person named"),
            Map.entry("victims", "Victim named"), Map.entry("defendants", "Defendant"),
            Map.entry("groups", "Group of defendants"), Map.entry("judgements", "Judgement"),
            Map.entry("revised", "Revised judgement"), Map.entry("employers", "Employer"),
            Map.entry("unions", "Union"), Map.entry("actors", "Actor"), Map.entry("unionStances", "Union's stance"),
            Map.entry("workersOut", "Claim of workers out"), Map.entry("participants", "Claim of participants"),
            Map.entry("affected", "Claim of people affected"), Map.entry("charges", "Charge"),
            Map.entry("personIds", "Id of a person released"), Map.entry("defendantIds", "Id of a defendant charged"),
            Map.entry("appellantIds", "Id of an appellant"), Map.entry("detentionRecordIds", "Detention record id"),
            Map.entry("owners", "Owner"));

    /** A broken rule at a field of the form, or (field null) at none of its fields. */
    record Refusal(String field, String reason) {
    }

    /** One part of the page's form: a fieldset ({@code parts} not null) or an input. */
    record Part(String name, String id, String label, String input, List<Option> options, List<Part> parts,
                boolean addable, String addLabel) {

        public boolean section() {
            return parts != null;
        }
    }

    record Option(String value, String label) {
    }

    private final Group shape;
    private final Map<String, String> typed;
    private final List<Refusal> refusals = new ArrayList<>();
    /** Every field and fieldset of the page by name, with its label as the error summary says it. */
    private final Map<String, String> labels = new LinkedHashMap<>();
    /** The JSON path of each row that went into the record, with the row of the form it came from. */
    private final Map<String, String> rowsByJsonPath = new HashMap<>();
    private final Function<Object, String> words;
    private boolean unreadable;

    RecordForm(Group shape, Map<String, String> typed, Function<Object, String> words) {
        this.shape = shape;
        this.typed = new HashMap<>();
        typed.forEach((name, value) -> {
            if (value != null) {
                this.typed.put(name, value);
            }
        });
        this.words = words;
        parts();
    }

    public String value(String name) {
        return typed.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(typed.get(name));
    }

    /** Why the value at this form field or fieldset was refused, or null; several reasons are joined. */
    public String error(String name) {
        List<String> reasons = refusals.stream().filter(refusal -> name.equals(refusal.field()))
                .map(Refusal::reason).distinct().toList();
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /** One line of the error summary: the field's label and the reason, and the id of the field it links to. */
    record SummaryLine(String text, String id) {
    }

    /** Every refusal, as the error summary lists them, in the order found. */
    public List<SummaryLine> summary() {
        return refusals.stream().distinct().map(refusal -> refusal.field() == null
                ? new SummaryLine(refusal.reason(), null)
                : new SummaryLine(labels.get(refusal.field()) + ": " + refusal.reason(), id(refusal.field())))
                .toList();
    }

    /** What the page fills in for the form and sends back as given: the record id, the record it replaces. */
    public Map<String, String> hidden() {
        Map<String, String> hidden = new java.util.TreeMap<>();
        typed.forEach((name, value) -> {
            if (!name.startsWith("_") && !value.isBlank() && !labels.containsKey(name) && !name.contains(".")
                    && !name.contains("[")) {
                hidden.put(name, value);
            }
        });
        return hidden;
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** The page's fieldsets and inputs, with as many rows in each list as typed, asked for, or offered blank. */
    public List<Part> parts() {
        labels.clear();
        return children(shape, "", "");
    }

    /** Shows one more row of this list, when its button is pressed. */
    void addRow(String list) {
        typed.put(ROWS + list, Integer.toString(rows(list, 0) + 1));
        typed.remove(ADD);
    }

    /** The list whose "add another" button sent the form, or null when it was sent to be recorded. */
    String rowAsked() {
        String list = typed.get(ADD);
        return list == null || list.isBlank() ? null : list;
    }

    /**
     * The record as the API takes it: blank rows and parts left out, numbers as numbers, each claim
     * with a copy of the source its row names. Numbers and dates that are not, and parts missing
     * from a part that is given, are refused at their fields.
     */
    ObjectNode record() {
        List<Runnable> sourcePicks = new ArrayList<>();
        Map<String, ObjectNode> sources = new HashMap<>();
        ObjectNode record = (ObjectNode) build(shape, "", "", sourcePicks, sources);
        sourcePicks.forEach(Runnable::run);
        ObjectNode built = record == null ? JSON.objectNode() : record;
        hidden().forEach((name, value) -> built.put(name, value.strip()));
        return built;
    }

    /** Whether the form found a number or a date that is not one: such a form is not sent, as the API would read no further. */
    boolean unreadable() {
        return unreadable;
    }

    /**
     * Shows a rule the API found broken at the form field its JSON path names: the path's rows are
     * the form's rows (blank rows are not sent, so they differ), and a path below any field of the
     * form ({@code claims[0].source.publisher}, a claim's copy of a source) is shown at that field.
     * A path the form has no field for is shown in the summary only.
     */
    void reject(String path, String reason) {
        String wrong = formPath(path == null ? "" : path);
        String field = wrong;
        while (!field.isEmpty() && !labels.containsKey(field)) {
            field = parent(field);
        }
        if (field.endsWith(".source") && wrong.startsWith(field + ".")) {
            // a claim sends a copy of the source row it names: what the copy breaks, the row breaks, and says so
            return;
        }
        if (field.isEmpty()) {
            refusals.add(new Refusal(null, path == null || path.isBlank() ? reason : path + " " + reason));
        } else {
            refusals.add(new Refusal(field, reason));
        }
    }

    static String join(String path, String name) {
        if (name.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The id of a field's input: its name with the characters a fragment link dislikes replaced. */
    static String id(String name) {
        return "f-" + name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    private String formPath(String jsonPath) {
        String best = "";
        for (String row : rowsByJsonPath.keySet()) {
            if (jsonPath.startsWith(row) && row.length() > best.length()
                    && (jsonPath.length() == row.length() || ".[".indexOf(jsonPath.charAt(row.length())) >= 0)) {
                best = row;
            }
        }
        return best.isEmpty() ? jsonPath : rowsByJsonPath.get(best) + jsonPath.substring(best.length());
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private List<Part> children(Group group, String path, String context) {
        List<Part> parts = new ArrayList<>();
        for (FormShape part : group.parts()) {
            parts.add(part(part, join(path, part.name()), context, label(part.name())));
        }
        return parts;
    }

    private Part part(FormShape shape, String path, String context, String label) {
        String described = context.isEmpty() ? label : context + " › " + label;
        labels.put(path, described);
        if (shape instanceof Leaf leaf) {
            return new Part(path, id(path), label, leaf.input().name(), options(leaf), null, false, null);
        }
        if (shape instanceof Group group) {
            boolean flat = group.name().equals("evidence");
            return new Part(path, id(path), label, null, null, children(group, path, flat ? context : described),
                    false, null);
        }
        Rows rows = (Rows) shape;
        List<Part> items = new ArrayList<>();
        String row = rowLabel(shape.name());
        for (int i = 0; i < rows(path, rows.blankRows()); i++) {
            String itemPath = path + "[" + i + "]";
            items.add(part(rows.item(), itemPath, context, row + " " + (i + 1)));
        }
        return new Part(path, id(path), label, null, null, items, true, "Add another " + row.toLowerCase());
    }

    private List<Option> options(Leaf leaf) {
        if (leaf.input() == Input.SOURCE) {
            String sources = FormShape.sourcesPath(shape);
            List<Option> options = new ArrayList<>();
            for (int i = 0; sources != null && i < rows(sources, 2); i++) {
                options.add(new Option(Integer.toString(i), "Source " + (i + 1)));
            }
            return options;
        }
        return leaf.options().stream().map(option -> new Option(option, words.apply(option))).toList();
    }

    private String label(String name) {
        return LABELS.getOrDefault(name, words.apply(name));
    }

    private String rowLabel(String list) {
        return ROW_LABELS.getOrDefault(list, words.apply(list));
    }

    /** Rows of a list: as many as typed, as asked for with its button, and at least those offered blank. */
    private int rows(String list, int blank) {
        int rows = blank;
        String asked = typed.get(ROWS + list);
        if (asked != null && asked.matches("\\d{1,2}")) {
            rows = Math.max(rows, Integer.parseInt(asked));
        }
        String prefix = list + "[";
        for (String name : typed.keySet()) {
            if (name.startsWith(prefix)) {
                Matcher index = INDEX.matcher(name.substring(list.length()));
                if (index.lookingAt() && index.group(1).length() <= 2) {
                    rows = Math.max(rows, Integer.parseInt(index.group(1)) + 1);
                }
            }
        }
        return rows;
    }

    private JsonNode build(FormShape part, String formPath, String jsonPath, List<Runnable> sourcePicks,
                           Map<String, ObjectNode> sources) {
        if (part instanceof Leaf leaf) {
            return leaf(leaf, formPath);
        }
        if (part instanceof Group group) {
            return group(group, formPath, jsonPath, sourcePicks, sources);
        }
        Rows rows = (Rows) part;
        ArrayNode list = JSON.arrayNode();
        boolean ofSources = formPath.equals(FormShape.sourcesPath(shape));
        for (int i = 0; i < rows(formPath, rows.blankRows()); i++) {
            String rowJsonPath = jsonPath + "[" + list.size() + "]";
            JsonNode item = build(rows.item(), formPath + "[" + i + "]", rowJsonPath, sourcePicks, sources);
            if (item != null) {
                rowsByJsonPath.put(rowJsonPath, formPath + "[" + i + "]");
                if (ofSources) {
                    sources.put(Integer.toString(i), (ObjectNode) item);
                }
                list.add(item);
            }
        }
        return list.isEmpty() ? null : list;
    }

    /** A part made of parts; left out when nothing in it was given (a claim's source alone gives nothing). */
    private ObjectNode group(Group group, String formPath, String jsonPath, List<Runnable> sourcePicks,
                             Map<String, ObjectNode> sources) {
        ObjectNode node = JSON.objectNode();
        List<Runnable> picks = new ArrayList<>();
        for (FormShape child : group.parts()) {
            String childPath = join(formPath, child.name());
            if (child instanceof Leaf leaf && leaf.input() == Input.SOURCE) {
                picks.add(() -> pick(node, leaf.name(), childPath, sources));
                continue;
            }
            JsonNode value = build(child, childPath, join(jsonPath, child.name()), sourcePicks, sources);
            if (value != null) {
                node.set(child.name(), value);
            }
        }
        if (node.isEmpty()) {
            return null;
        }
        for (FormShape child : group.parts()) {
            if (child instanceof Leaf leaf && leaf.required() && leaf.input() != Input.SOURCE
                    && value(join(formPath, leaf.name())).isBlank()) {
                refusals.add(new Refusal(join(formPath, leaf.name()), "is required"));
            }
        }
        sourcePicks.addAll(picks);
        return node;
    }

    /** A claim's source: a copy of the source in the row it names, which must be a row that was filled in. */
    private void pick(ObjectNode claim, String field, String formPath, Map<String, ObjectNode> sources) {
        String row = value(formPath);
        if (sources.containsKey(row)) {
            claim.set(field, sources.get(row).deepCopy());
        } else {
            refusals.add(new Refusal(formPath, row.isBlank() ? "is required: the source that gives this figure"
                    : "must be one of the sources filled in above"));
        }
    }

    private JsonNode leaf(Leaf leaf, String name) {
        if (leaf.input() == Input.FLAG) {
            return checked(name) ? JSON.booleanNode(true) : null;
        }
        String value = value(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (leaf.input() == Input.WHOLE_NUMBER) {
            String digits = value.replace(",", "").replace(" ", "");
            if (WHOLE_NUMBER.matcher(digits).matches()) {
                return JSON.numberNode(Integer.parseInt(digits));
            }
            return unreadable(name, "must be a whole number, such as 70");
        }
        if (leaf.input() == Input.DECIMAL) {
            try {
                return JSON.numberNode(new BigDecimal(value.replace(",", "").replace(" ", "")));
            } catch (NumberFormatException notANumber) {
                return unreadable(name, "must be a number, such as 12500.50");
            }
        }
        if (leaf.input() == Input.DATE) {
            try {
                return JSON.textNode(LocalDate.parse(value).toString());
            } catch (DateTimeParseException notADate) {
                return unreadable(name, "must be a date, such as 2011-12-16");
            }
        }
        return JSON.textNode(value);
    }

    private JsonNode unreadable(String name, String reason) {
        refusals.add(new Refusal(name, reason));
        unreadable = true;
        return null;
    }

    /** The names a JSON value's parts have in a form: {@code evidence.sources[0].publisher} and so on. */
    static Map<String, String> flatten(JsonNode node, String path) {
        Map<String, String> values = new HashMap<>();
        flatten(node, path, values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(field.getValue(), join(path, field.getKey()), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", values);
            }
        } else if (node.isBoolean()) {
            if (node.booleanValue()) {
                values.put(path, "true");
            }
        } else {
            values.put(path, node.asText());
        }
    }

    /** Names that are fields of this form, for a prefill that should leave out anything else. */
    Set<String> fieldNames() {
        parts();
        return new HashSet<>(labels.keySet());
    }
}
