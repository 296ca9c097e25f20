package org.labourtracker.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.evidence.When;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A corpus of hostile and broken requests against the recording API, each sent over real HTTP:
 * malformed and truncated JSON, wrong types, huge strings and bodies, deep nesting, unknown fields
 * and enum values, negative and absurd counts, future dates, low above high, control characters
 * in names, markup and SQL where only identifiers belong, and ids of other streams. Each is
 * answered with a problem document (JSON, never a page) that names the field where there is one,
 * echoes no markup, and leaves the event store as it was. Text that is hostile only in appearance
 * (names in mixed scripts, markup or SQL in free text) is evidence: it is stored exactly and read
 * back as JSON data, and nothing in it is executed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:survival;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String DISPUTE = "mangystau-hostile";
    /** The legal case of {@link #DISPUTE}, where {@link Posting} puts the case's records. */
    static final String CASE = DISPUTE + "-case";
    /** Another dispute, whose demand, detainee and records must not be reachable from {@link #DISPUTE}. */
    static final String OTHER = "aktau-hostile";
    static final String STRIKES = "/api/disputes/" + DISPUTE + "/strikes";
    static final String CASUALTIES = "/api/disputes/" + DISPUTE + "/casualties";
    static final String SCRIPT = "<script>alert('Жаңаөзен')</script>";
    /** For a header, which carries ASCII only. */
    static final String ASCII_SCRIPT = "<script>alert(1)</script>";
    static final String JSON = "application/json";
    static final int OVER_THE_BODY_LIMIT = 1024 * 1024 + 1;
    /** The dispute the corpus's openings would open. */
    static final String OPENED = "hostile-opening";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    /** Bearer tokens: a password check on each of a hundred requests would be most of this test's time. */
    private String monitor;
    private String auditor;

    /**
     * One request of the corpus: {@code chunked} sends the body without a declared length;
     * {@code field} is the field the problem must name, or null where the problem is not about one.
     */
    record Hostile(String name, String path, String contentType, byte[] body, boolean chunked,
                   Map<String, String> headers, int status, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void theCaseAsFarAsTheCorpusNeedsIt() {
        TestUsers.createAll(accounts);
        Http http = new Http(port);
        monitor = token(http, Role.MONITOR);
        auditor = token(http, Role.AUDITOR);
        for (Object command : List.of(ZhanaozenCase.commands().get(0), command("demand-wages"), command("case-opened"))) {
            post(http, command, DISPUTE);
        }
        post(http, ZhanaozenCase.commands().get(0), OTHER);
        post(http, command("demand-free-sokolova"), OTHER);
        post(http, new ReportDetentions(OTHER, "sokolova-arrested", "Arrest of the union's lawyer",
                DetentionKind.ARRESTED, List.of(), List.of(ZhanaozenCase.SOKOLOVA),
                ZhanaozenCase.evidence(When.month(2011, 5), ZhanaozenCase.AKTAU, ZhanaozenCase.WSWS)), OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isAnsweredWithAProblemDocumentAndRecordsNothing(Hostile request) throws Exception {
        long before = events();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isEqualTo(request.status());
        assertThat(response.headers().firstValue("Content-Type")).as(request.name())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Posting.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(request.status());
        if (request.field() != null) {
            assertThat(problem.path("field").asText()).as(response.body()).isEqualTo(request.field());
        }
        assertThat(response.body().toLowerCase()).as("markup echoed by " + request).doesNotContain("<script", "<img");
        assertThat(events()).as("events after " + request).isEqualTo(before);
    }

    static Stream<Hostile> corpus() {
        ObjectNode strike = Posting.body(command("strike-uzen"), DISPUTE, "hostile-strike");
        ObjectNode killed = Posting.body(command("shooting-killed"), DISPUTE, "hostile-killed");
        ObjectNode opening = Posting.body(ZhanaozenCase.commands().get(0), OPENED, "open");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String afterTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        List<Hostile> corpus = new ArrayList<>();
        Corpus add = new Corpus(corpus);

        // Malformed and truncated JSON
        add.bad("a truncated object", STRIKES, "{\"kind\": \"STARTED\", ", 400, "body");
        add.bad("a body cut off inside a string", STRIKES, strike.toString().substring(0, 120), 400, "body");
        add.bad("a lone opening brace", STRIKES, "{", 400, "body");
        add.bad("an array for a record", STRIKES, "[1, 2]", 400, "body");
        add.bad("a bare string for a record", STRIKES, "\"strike\"", 400, "body");
        add.bad("null for a record", STRIKES, "null", 400, "body");
        add.bad("an empty body", STRIKES, "", 400, "body");
        add.bad("blank space for a body", STRIKES, " \n\t ", 400, "body");
        add.bad("a second object after the first", STRIKES, fresh(strike) + "{}", 400, "body");
        add.bad("garbage after the object", STRIKES, fresh(strike) + " xyz", 400, "body");
        add.bad("single-quoted JSON", STRIKES, "{'kind': 'STARTED'}", 400, "body");
        add.bad("JSON with a comment", STRIKES, "{/* strike */ \"kind\": \"STARTED\"}", 400, "body");
        add.bad("NaN for a count", STRIKES, fresh(strike).toString().replace("\"high\":18000", "\"high\":NaN"), 400,
                "body");
        // Jackson reports a duplicate while building the tree, before there is a path: the detail names the key.
        add.bad("a duplicated key", STRIKES, "{\"kind\":\"STARTED\",\"kind\":\"ENDED\"}", 400, "body");
        add.bad("markup instead of JSON", STRIKES, SCRIPT, 400, "body");
        add.bad("a form instead of JSON", STRIKES, "kind=STARTED&employer=UzenMunayGas", 400, "body");
        add.request("JSON sent as plain text", STRIKES, "text/plain", fresh(strike).toString(), 415, null);
        add.request("JSON sent as a form", STRIKES, "application/x-www-form-urlencoded", fresh(strike).toString(),
                415, null);
        add.request("malformed JSON from a browser that asks for a page", STRIKES, JSON, "{\"kind\": ", false,
                Map.of("Accept", "text/html"), 406, null);

        // Wrong types
        add.bad("a number for an enum", STRIKES, with(strike, "", "kind", 2), 400, "kind");
        add.bad("text for a count", STRIKES, with(strike, "/workersOut/0", "high", "18000"), 400, "workersOut[0].high");
        add.bad("a fraction for a count", STRIKES, with(strike, "/workersOut/0", "high", 1.5), 400, "workersOut[0].high");
        add.bad("a boolean for a count", STRIKES, with(strike, "/workersOut/0", "high", true), 400, "workersOut[0].high");
        add.bad("text for a list", STRIKES, with(strike, "", "workersOut", "18,000 workers"), 400, "workersOut");
        add.bad("text for an object", STRIKES, with(strike, "", "evidence", "reported by WSWS"), 400, "evidence");
        add.bad("a number for a name", STRIKES, with(strike, "", "employer", 42), 400, "employer");
        add.bad("an object for a name", STRIKES, with(strike, "", "employer", obj("name", "UzenMunayGas")), 400, "employer");
        add.bad("a list for a name", STRIKES, with(strike, "", "employer", arr("UzenMunayGas")), 400, "employer");
        add.bad("text for a boolean", STRIKES, with(strike, "/evidence/sources/0", "confidential", "no"), 400,
                "evidence.sources[0].confidential");
        add.bad("a date in words", STRIKES, with(strike, "/evidence/when", "on", "16 December 2011"), 400, "evidence.when.on");
        add.bad("30 February", STRIKES, with(strike, "/evidence/when", "on", "2011-02-30"), 400, "evidence.when.on");
        add.bad("a number for a record id", STRIKES, with(strike, "", "recordId", 7), 400, "recordId");
        add.bad("a date-time where a date is asked", STRIKES, with(strike, "/evidence/when", "on", "2011-12-16T10:00:00"),
                400, "evidence.when.on");
        add.bad("an instant where a publication date is asked", STRIKES, with(strike, "/evidence/sources/0",
                "publishedOn", "2011-12-19T00:00:00Z"), 400, "evidence.sources[0].publishedOn");

        // Bytes that are not UTF-8, which would otherwise be stored as U+FFFD
        add.bytes("a byte that begins no UTF-8 character in an employer", STRIKES, JSON,
                with(strike, "", "employer", "Uzen#MunayGas"), "#", new byte[]{(byte) 0xC3, (byte) 0x28}, 400, "body");
        add.bytes("a lone continuation byte in notes", STRIKES, JSON, with(strike, "/evidence", "notes", "over # dead"),
                "#", new byte[]{(byte) 0x80}, 400, "body");
        add.bytes("Latin-1 instead of UTF-8 in a title", "/api/disputes", JSON,
                with(opening, "", "title", "Grève à Zhanaozen"), "è", new byte[]{(byte) 0xE8}, 400, "body");
        add.bytes("an import file that is not UTF-8", "/api/import", "application/x-ndjson",
                "{\"stream\":\"disputes\",\"kind\":\"strikes\",\"record\":" + fresh(strike) + "}", "Uzen",
                new byte[]{(byte) 0xFF, 'U', 'z', 'e', 'n'}, 400, "body");

        // Huge strings and bodies, deep nesting
        add.bad("an employer name of 301 characters", STRIKES, with(strike, "", "employer", "Ж".repeat(301)), 422, "employer");
        add.bad("notes of 10,001 characters", STRIKES, with(strike, "/evidence", "notes", "x".repeat(10_001)), 422,
                "evidence.notes");
        add.bad("a string beyond what the API reads", STRIKES, with(strike, "/evidence", "notes", "x".repeat(100_001)),
                400, "body");
        add.bad("a number of 400 digits", STRIKES, with(strike, "/workersOut/0", "high", new java.math.BigInteger("9".repeat(400))),
                400, "body");
        add.bad("a record id of 101 characters", STRIKES, with(strike, "", "recordId", "r".repeat(101)), 422, "recordId");
        add.bad("an address of 2,001 characters", STRIKES,
                with(strike, "/evidence/sources/0", "url", "https://www.wsws.org/" + "a".repeat(1_980)), 422,
                "evidence.sources[0].url");
        add.bad("501 sources", STRIKES, with(strike, "/evidence", "sources",
                repeated(strike.at("/evidence/sources/0"), 501)), 422, "evidence.sources");
        add.bad("a body over the limit", STRIKES, with(strike, "", "employer", "x".repeat(OVER_THE_BODY_LIMIT)), 413, null);
        add.request("a body over the limit sent without a length", STRIKES, JSON,
                with(strike, "", "employer", "x".repeat(OVER_THE_BODY_LIMIT)), true, Map.of(), 413, null);
        add.bad("ten thousand nested arrays", STRIKES, "{\"kind\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                400, "body");
        add.bad("objects nested 40 deep", STRIKES, with(strike, "", "evidence", nested(40)), 400, "body");

        // Unknown fields and enum values
        add.bad("an unknown field", STRIKES, with(strike, "", "colour", "red"), 400, "colour");
        add.bad("an unknown nested field", STRIKES, with(strike, "/evidence/sources/0", "trust", "high"), 400,
                "evidence.sources[0].trust");
        add.bad("the recorder named in the body", STRIKES, with(strike, "", "recordedBy", "the-prosecutor"), 400,
                "recordedBy");
        add.bad("a prototype-pollution key", STRIKES, with(strike, "", "__proto__", obj("admin", "true")), 400,
                "__proto__");
        add.bad("markup as a field name", STRIKES, with(strike, "", SCRIPT, 1), 400, SCRIPT);
        add.bad("an unknown kind of strike", STRIKES, with(strike, "", "kind", "WALKOUT"), 400, "kind");
        add.bad("a kind in lower case", STRIKES, with(strike, "", "kind", "started"), 400, "kind");
        add.bad("markup as a kind", STRIKES, with(strike, "", "kind", SCRIPT), 400, "kind");
        add.bad("an unknown kind of source", STRIKES, with(strike, "/evidence/sources/0", "kind", "GOVERNMENT"), 400,
                "evidence.sources[0].kind");
        add.bad("an unknown date precision", STRIKES, with(strike, "/evidence/when", "precision", "WEEK"), 400,
                "evidence.when.precision");
        add.bad("an empty reliability", STRIKES, with(strike, "/evidence/sources/0", "reliability", ""), 400,
                "evidence.sources[0].reliability");
        add.request("an unknown kind of record", "/api/disputes/" + DISPUTE + "/picnics", JSON,
                fresh(strike).toString(), false, Map.of(), 404, "kind");

        // Negative and absurd counts, low above high
        add.bad("a negative count", STRIKES, with(strike, "/workersOut/0", "high", -1), 422, "workersOut[0].high");
        add.bad("a billion and one workers", STRIKES, with(strike, "/workersOut/0", "high", 1_000_000_001), 422,
                "workersOut[0].high");
        add.bad("a count beyond any integer", STRIKES, with(strike, "/workersOut/0", "high", 3_000_000_000L), 400,
                "workersOut[0].high");
        add.bad("low above high", STRIKES, with(strike, "/workersOut/0", "low", 20_000), 422, "workersOut[0].low");
        add.bad("best above high", CASUALTIES, with(killed, "/claims/0", "best", 14), 422, "claims[0].best");
        add.bad("low above best", CASUALTIES, with(killed, "/claims/1", "low", 71), 422, "claims[1].low");
        add.bad("a claim with no figure", CASUALTIES, with(killed, "/claims", "0",
                obj("source", killed.at("/claims/0/source"))), 422, "claims[0].best");
        add.bad("a latitude of 91", STRIKES, with(strike, "/evidence/where", "coordinates",
                obj("latitude", 91, "longitude", 52.86, "precision", "SETTLEMENT")), 422, "evidence.where.coordinates.latitude");
        add.bad("a longitude overflowing to infinity", STRIKES, with(strike, "/evidence/where", "coordinates",
                obj("latitude", 43.34, "longitude", 52.86, "precision", "SETTLEMENT")).replace("52.86", "1e400"), 422,
                "evidence.where.coordinates.longitude");

        // Dates in the future, and ranges the wrong way round
        add.bad("a strike in 2099", STRIKES, with(strike, "/evidence", "when", obj("on", "2099-01-01", "precision", "DAY")),
                422, "evidence.when.on");
        add.bad("a strike the day after tomorrow", STRIKES, with(strike, "/evidence", "when",
                obj("on", afterTomorrow, "precision", "DAY")), 422, "evidence.when.on");
        add.bad("a source published in the future", STRIKES, with(strike, "/evidence/sources/0", "publishedOn",
                afterTomorrow), 422, "evidence.sources[0].publishedOn");
        add.bad("a range ending in the future", STRIKES, with(strike, "/evidence", "when",
                obj("on", "2011-05-01", "precision", "RANGE", "until", afterTomorrow)), 422, "evidence.when.until");
        add.bad("a range ending before it begins", STRIKES, with(strike, "/evidence", "when",
                obj("on", "2011-12-16", "precision", "RANGE", "until", "2011-05-01")), 422, "evidence.when.until");
        add.bad("a month given with a day", STRIKES, with(strike, "/evidence", "when",
                obj("on", "2011-12-16", "precision", "MONTH")), 422, "evidence.when.on");
        add.bad("a year beyond the calendar", STRIKES, with(strike, "/evidence/when", "on", "+1000000000-01-01"), 400,
                "evidence.when.on");
        add.bad("a range with no end", STRIKES, with(strike, "/evidence", "when", obj("on", today, "precision", "RANGE")),
                422, "evidence.when.until");

        // Control characters in names; markup and SQL where only identifiers and codes belong
        add.bad("a NUL in a title", "/api/disputes", with(opening, "", "title", "Mangystau\u0000oil strike"), 422, "title");
        add.bad("a line break in an employer's name", STRIKES, with(strike, "", "employer", "UzenMunayGas\nKazMunayGas"),
                422, "employer");
        add.bad("a terminal escape in a publisher", STRIKES, with(strike, "/evidence/sources/0", "publisher",
                "\u001b[31mWorld Socialist Web Site"), 422, "evidence.sources[0].publisher");
        add.bad("a bell in a victim's name", CASUALTIES, with(killed, "", "named", arr(obj("id", "zhaksylyk-turbayev",
                "name", "Zhaksylyk\u0007Turbayev", "role", "ACTIVIST", "confidential", false))), 422, "named[0].name");
        add.bad("a carriage return in an incident", CASUALTIES, with(killed, "", "incident", "Zhanaozen\rshooting"), 422,
                "incident");
        add.bad("a delete character in a place", STRIKES, with(strike, "/evidence/where", "name", "Zhanaozen\u007f"),
                422, "evidence.where.name");
        add.bad("a C1 control in an owner's name", "/api/disputes", with(opening, "/employers/0/owners", "0",
                "KazMunayGas\u0085"), 422, "employers[0].owners[0]");
        add.bad("a right-to-left override in a name", STRIKES, with(strike, "", "employer", "Uzen\u202eSAGyanuM"), 422,
                "employer");
        add.bad("a control character in notes", STRIKES, with(strike, "/evidence", "notes", "over\u0000700"), 422,
                "evidence.notes");
        add.bad("SQL as a record id", STRIKES, with(strike, "", "recordId", "x'; DROP TABLE domain_event_entry; --"),
                422, "recordId");
        add.bad("markup as a record id", STRIKES, with(strike, "", "recordId", SCRIPT), 422, "recordId");
        add.bad("markup as a country", STRIKES, with(strike, "/evidence/where", "country", SCRIPT), 422,
                "evidence.where.country");
        add.bad("a country in lower case", STRIKES, with(strike, "/evidence/where", "country", "kz"), 422,
                "evidence.where.country");
        add.bad("a script address for a source", STRIKES, with(strike, "/evidence/sources/0", "url",
                "javascript:alert(document.cookie)"), 422, "evidence.sources[0].url");
        add.bad("an address without a host", STRIKES, with(strike, "/evidence/sources/0", "url", "https://"), 422,
                "evidence.sources[0].url");
        add.bad("a language in words", STRIKES, with(strike, "/evidence/sources/0", "language", "Kazakh"), 422,
                "evidence.sources[0].language");
        add.request("markup as the idempotency key", STRIKES, JSON, without(strike, "recordId"), false,
                Map.of("Idempotency-Key", ASCII_SCRIPT), 422, "recordId");
        add.request("an idempotency key that contradicts the record id", STRIKES, JSON, fresh(strike).toString(),
                false, Map.of("Idempotency-Key", "another-record"), 400, "Idempotency-Key");
        add.bad("a record id already taken by another record", STRIKES,
                strike.deepCopy().put("recordId", "demand-wages").toString(), 409, "recordId");
        add.request("an idempotency key already taken by another record", STRIKES, JSON, without(strike, "recordId"),
                false, Map.of("Idempotency-Key", "demand-wages"), 409, "recordId");
        add.request("a version that is not a number", STRIKES, JSON, fresh(strike).toString(), false,
                Map.of("If-Match", "\"latest\""), 400, "If-Match");

        // Ids of other streams
        add.bad("a dispute id in the body that differs from the address", STRIKES,
                with(strike, "", "disputeId", OTHER), 400, "disputeId");
        add.bad("a strike recorded in a legal case", "/api/disputes/" + CASE + "/strikes",
                with(strike, "", "disputeId", CASE), 404, "disputeId");
        add.bad("charges filed in a dispute", "/api/cases/" + DISPUTE + "/charges",
                Posting.body(command("charges"), DISPUTE).put("caseId", DISPUTE).toString(), 404, "caseId");
        add.bad("a dispute opened under the id of a legal case", "/api/disputes",
                with(opening, "", "disputeId", CASE), 422, "disputeId");
        add.bad("a case opened for a legal case instead of a dispute", "/api/cases",
                Posting.body(command("case-opened"), DISPUTE).put("caseId", "hostile-case").put("disputeId", CASE)
                        .toString(), 404, "disputeId");
        add.bad("the outcome of another dispute's demand", "/api/disputes/" + DISPUTE + "/demand-outcomes",
                "{\"recordId\":\"hostile-outcome\",\"demandId\":\"free-sokolova\",\"outcome\":\"MET\",\"evidence\":"
                        + strike.get("evidence") + "}", 404, "demandId");
        add.bad("the release of another dispute's detainee", "/api/disputes/" + DISPUTE + "/releases",
                "{\"recordId\":\"hostile-release\",\"personIds\":[\"natalia-sokolova\"],\"evidence\":"
                        + strike.get("evidence") + "}", 422, "personIds[0]");
        add.bad("a correction of another dispute's record", "/api/streams/" + DISPUTE + "/corrections",
                "{\"recordId\":\"hostile-correction\",\"correctedRecordId\":\"sokolova-arrested\",\"reason\":\"x\","
                        + "\"correction\":{\"notes\":\"moved\"}}", 404, "correctedRecordId");
        add.bad("a duplicate merged into another dispute's record", "/api/streams/" + DISPUTE + "/merges",
                "{\"recordId\":\"hostile-merge\",\"duplicateRecordId\":\"demand-wages\",\"keptRecordId\":\"sokolova-arrested\","
                        + "\"reason\":\"the same\"}", 404, "keptRecordId");
        add.bad("a monitor changing a person's confidentiality", "/api/streams/" + DISPUTE + "/confidentiality",
                "{\"recordId\":\"hostile-confidential\",\"personId\":\"natalia-sokolova\",\"confidential\":true,"
                        + "\"reason\":\"at risk\"}", 403, null);
        add.bad("a retraction in a stream that does not exist", "/api/streams/no-such-dispute/retractions",
                "{\"recordId\":\"hostile-retraction\",\"retractedRecordId\":\"open\",\"reason\":\"x\"}", 404, "streamId");
        add.bad("markup as a stream id", "/api/disputes/%3Cscript%3Ealert(1)/strikes",
                with(strike, "", "disputeId", "<script>alert(1)"), 404, null);
        return corpus.stream();
    }

    /**
     * Text that looks hostile but is evidence, sent as {@code body} to {@code path}: it must be
     * stored exactly as sent at {@code pointer} into the record.
     */
    record Verbatim(String name, String stream, String path, ObjectNode body, String pointer) {

        String text() {
            return body.at(pointer).asText();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbatim")
    void isStoredExactlyAndReadBackAsDataWithNothingExecuted(Verbatim request) throws Exception {
        long before = events();

        HttpResponse<String> recorded = post(request.path(), JSON, request.body().toString(), false, Map.of());

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(events()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM token_entry", Long.class)).isPositive();
        Http.Response stream = new Http(port).get("/api/audit/streams/" + request.stream(), auditor);
        assertThat(stream.contentType()).startsWith(JSON);
        assertThat(stream.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(stream.body().toLowerCase()).doesNotContain("<script", "<img");
        JsonNode stored = null;
        for (JsonNode event : stream.json()) {
            if (event.at("/record/recordId").asText().equals(request.body().path("recordId").asText())) {
                stored = event.path("record");
            }
        }
        assertThat(stored).as("the record in its stream").isNotNull();
        assertThat(stored.at(request.pointer()).asText()).isEqualTo(request.text());
    }

    static Stream<Verbatim> verbatim() {
        ObjectNode opening = Posting.body(ZhanaozenCase.commands().get(0), "zhanaozen-verbatim", "open");
        ObjectNode strike = Posting.body(command("strike-uzen"), DISPUTE, "verbatim-strike");
        ObjectNode killed = Posting.body(command("shooting-killed"), DISPUTE, "verbatim-killed");
        ObjectNode protest = Posting.body(command("protest-aktau-june"), DISPUTE, "verbatim-protest");
        return Stream.of(
                new Verbatim("a place named in Kazakh and in Latin script", "zhanaozen-verbatim", "/api/disputes",
                        set(opening, "/evidence/where", "name", "Жаңаөзен Zhanaozen")
                                .put("title", "Забастовка нефтяников Мангистау / Mangystau oil strike"),
                        "/evidence/where/name"),
                new Verbatim("an employer named in Kazakh Cyrillic with its Latin name", DISPUTE, STRIKES,
                        set(strike, "", "employer", "«Өзенмұнайгаз» АҚ (UzenMunayGas)"), "/employer"),
                new Verbatim("a name mixing Latin with a look-alike Cyrillic letter", DISPUTE, STRIKES,
                        set(strike, "", "employer", "UzenMun\u0430yGas").put("recordId", "verbatim-strike-2"),
                        "/employer"),
                new Verbatim("a victim named in two scripts", DISPUTE, CASUALTIES, set(killed, "", "named",
                        arr(obj("id", "zhaksylyk-turbayev", "name", "Жақсылық Тұрбаев (Zhaksylyk Turbayev)",
                                "role", "ACTIVIST", "confidential", false))), "/named/0/name"),
                new Verbatim("markup in notes", DISPUTE, "/api/disputes/" + DISPUTE + "/protests",
                        set(protest, "/evidence", "notes", SCRIPT), "/evidence/notes"),
                new Verbatim("an image with a handler in a source title", DISPUTE, "/api/disputes/" + DISPUTE + "/protests",
                        set(protest, "/evidence/sources/0", "title", "<img src=x onerror=alert(1)>")
                                .put("recordId", "verbatim-protest-2"), "/evidence/sources/0/title"),
                new Verbatim("SQL in an incident", DISPUTE, CASUALTIES,
                        set(killed, "", "incident", "Zhanaozen'; DROP TABLE domain_event_entry; --")
                                .put("recordId", "verbatim-killed-2"), "/incident"),
                new Verbatim("SQL in a source's author", DISPUTE, STRIKES,
                        set(strike, "/evidence/sources/0", "author", "Robert'); DROP TABLE token_entry;--")
                                .put("recordId", "verbatim-strike-3"), "/evidence/sources/0/author"),
                new Verbatim("template syntax in notes", DISPUTE, "/api/disputes/" + DISPUTE + "/protests",
                        set(protest, "/evidence", "notes", "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>")
                                .put("recordId", "verbatim-protest-3"), "/evidence/notes"),
                new Verbatim("line breaks, tabs and a raised fist in notes", DISPUTE, "/api/disputes/" + DISPUTE + "/protests",
                        set(protest, "/evidence", "notes", "16 December:\n\tworkers in the square ✊🏽\r\n17 December: Shetpe")
                                .put("recordId", "verbatim-protest-4"), "/evidence/notes"));
    }

    /** Adds requests to the corpus. */
    private record Corpus(List<Hostile> corpus) {

        void bad(String name, String path, String body, int status, String field) {
            request(name, path, JSON, body, false, Map.of(), status, field);
        }

        void request(String name, String path, String contentType, String body, int status, String field) {
            request(name, path, contentType, body, false, Map.of(), status, field);
        }

        void request(String name, String path, String contentType, String body, boolean chunked,
                     Map<String, String> headers, int status, String field) {
            corpus.add(new Hostile(name, path, contentType, body.getBytes(StandardCharsets.UTF_8), chunked, headers,
                    status, field));
        }

        /** A body whose {@code bytes} replace the first {@code marker} of its UTF-8 form. */
        void bytes(String name, String path, String contentType, String body, String marker, byte[] bytes, int status,
                   String field) {
            byte[] text = body.getBytes(StandardCharsets.UTF_8);
            byte[] mark = marker.getBytes(StandardCharsets.UTF_8);
            int at = body.indexOf(marker);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(text, 0, at);
            out.writeBytes(bytes);
            out.write(text, at + mark.length, text.length - at - mark.length);
            corpus.add(new Hostile(name, path, contentType, out.toByteArray(), false, Map.of(), status, field));
        }
    }

    private HttpResponse<String> send(Hostile request) throws IOException, InterruptedException {
        return post(request.path(), request.contentType(), request.body(), request.chunked(), request.headers());
    }

    private HttpResponse<String> post(String path, String contentType, String body, boolean chunked,
                                      Map<String, String> headers) throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), chunked, headers);
    }

    /** A monitor's POST, its body sent with a declared length or, {@code chunked}, without one. */
    private HttpResponse<String> post(String path, String contentType, byte[] bytes, boolean chunked,
                                      Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(publisher)
                .header("Content-Type", contentType)
                .header("Authorization", monitor);
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private static Object command(String recordId) {
        return ZhanaozenCase.commands().stream()
                .filter(command -> recordId.equals(Posting.JSON.valueToTree(command).path("recordId").asText()))
                .findFirst().orElseThrow();
    }

    private static String token(Http http, Role role) {
        Http.Response token = http.send("POST", "/api/tokens", TestUsers.basic(role), null);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return Http.bearer(token.json().path("token").asText());
    }

    private void post(Http http, Object command, String dispute) {
        Http.Response response = http.send("POST", Posting.path(command, dispute), monitor,
                Posting.body(command, dispute).toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /**
     * The record as JSON under a record id (and, for an opening, a dispute id) of its own, with
     * {@code field} of the object at {@code pointer} set to {@code value}. Were one request of the
     * corpus wrongly stored, the others would otherwise be answered as its repeats.
     */
    static String with(ObjectNode record, String pointer, String field, Object value) {
        ObjectNode copy = fresh(record);
        JsonNode target = copy.at(pointer);
        JsonNode node = Posting.JSON.valueToTree(value);
        if (target instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), node);
        } else {
            ((ObjectNode) target).set(field, node);
        }
        return copy.toString();
    }

    /** A copy of the record with {@code field} of the object at {@code pointer} set to {@code value}. */
    static ObjectNode set(ObjectNode record, String pointer, String field, Object value) {
        ObjectNode copy = record.deepCopy();
        ((ObjectNode) copy.at(pointer)).set(field, Posting.JSON.valueToTree(value));
        return copy;
    }

    static ObjectNode fresh(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        int unique = UNIQUE.incrementAndGet();
        copy.put("recordId", copy.path("recordId").asText() + "-" + unique);
        if (copy.path("disputeId").asText().equals(OPENED)) {
            copy.put("disputeId", OPENED + "-" + unique);
        }
        return copy;
    }

    static String without(ObjectNode record, String field) {
        ObjectNode copy = fresh(record);
        copy.remove(field);
        return copy.toString();
    }

    static ObjectNode obj(Object... fields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fields.length; i += 2) {
            node.set((String) fields[i], Posting.JSON.valueToTree(fields[i + 1]));
        }
        return node;
    }

    static ArrayNode arr(Object... values) {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        for (Object value : values) {
            node.add(Posting.JSON.<JsonNode>valueToTree(value));
        }
        return node;
    }

    static ArrayNode repeated(JsonNode value, int times) {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < times; i++) {
            node.add(value.deepCopy());
        }
        return node;
    }

    static ObjectNode nested(int depth) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode level = root;
        for (int i = 0; i < depth; i++) {
            level = level.putObject("when");
        }
        return root;
    }
}
