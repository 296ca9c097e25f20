package org.labourtracker.api.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.database.SameOnEveryDatabase;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Identifier;
import org.labourtracker.evidence.Name;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI description the application serves stays true: every API route the application
 * answers is described with its method, every kind of record has its own operation with the
 * schema of its command, and every schema, field, operation and parameter has a description.
 */
@SameOnEveryDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-description;DB_CLOSE_DELAY=-1")
class ApiDescriptionTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsDescribed() {
        JsonNode paths = description().path("paths");
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.contains("{stream:")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (!paths.path(path).has(method.name().toLowerCase(Locale.ROOT))) {
                        missing.add(method + " " + path);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKindOfRecordHasItsOwnOperationAndSchema() {
        JsonNode description = description();
        for (RecordKinds stream : RecordKinds.values()) {
            String id = switch (stream) {
                case DISPUTES -> "disputeId";
                case CASES -> "caseId";
                case STREAMS -> "streamId";
            };
            for (String kind : kindsOf(stream)) {
                JsonNode post = description.path("paths").path("/api/" + stream.path() + "/{" + id + "}/" + kind).path("post");
                assertThat(post.isMissingNode()).as(stream.path() + "/" + kind).isFalse();
                String schema = post.at("/requestBody/content/application~1json/schema/$ref").asText();
                String name = schema.substring(schema.lastIndexOf('/') + 1);
                assertThat(description.at("/components/schemas/" + name + "/properties/recordId").isMissingNode())
                        .as(name).isFalse();
            }
        }
        assertThat(description.at("/paths/~1api~1disputes/post/requestBody/content/application~1json/schema/$ref")
                .asText()).endsWith("/OpenDispute");
    }

    /**
     * The request schemas say what the server enforces, read from the same annotations: the fields
     * required (but for the stream id and record id the server fills in), and their limits.
     */
    @Test
    void aRecordsRequiredFieldsAndLimitsAreThoseTheServerEnforces() {
        JsonNode schemas = description().path("components").path("schemas");

        assertThat(texts(schemas.at("/ReportCasualties/required"))).containsExactlyInAnyOrder("kind", "claims", "evidence");
        assertThat(schemas.at("/ReportCasualties/properties/claims/minItems").asInt()).isEqualTo(1);
        assertThat(schemas.at("/ReportCasualties/properties/claims/maxItems").asInt()).isEqualTo(500);
        assertThat(texts(schemas.at("/OpenDispute/required")))
                .containsExactlyInAnyOrder("disputeId", "title", "status", "evidence");
        assertThat(texts(schemas.at("/Evidence/required"))).containsExactlyInAnyOrder("when", "where", "sources");
        assertThat(texts(schemas.at("/Claim/required"))).containsExactly("source");
        assertThat(schemas.at("/Claim/properties/best/minimum").asInt()).isEqualTo(0);
        assertThat(schemas.at("/Claim/properties/best/maximum").asInt()).isEqualTo(Claim.LARGEST_COUNT);
        assertThat(texts(schemas.at("/Source/required"))).containsExactlyInAnyOrder("publisher", "kind", "reliability");
        assertThat(schemas.at("/Source/properties/publisher/maxLength").asInt()).isEqualTo(Name.MAX_LENGTH);
        assertThat(schemas.at("/Source/properties/url/format").asText()).isEqualTo("uri");
        assertThat(schemas.at("/Person/properties/id/pattern").asText()).isEqualTo(Identifier.PATTERN);
        assertThat(schemas.at("/Place/properties/country/pattern").asText()).isEqualTo("^[A-Z]{2}$");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    private static List<String> kindsOf(RecordKinds stream) {
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("parties", "status", "strikes", "protests", "demands", "demand-outcomes",
                "employer-responses", "state-actions", "casualties", "detentions", "abuses", "releases", "charges",
                "hearings", "verdicts", "appeals", "appeal-decisions", "corrections", "retractions", "merges",
                "confidentiality")) {
            if (stream.command(kind).isPresent()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * Every schema, field, operation and parameter says what it is, for the reader of a generated client.
     * A field that only refers to another schema is let off (a description beside a reference is not kept);
     * that schema must say it.
     */
    @Test
    void everySchemaFieldOperationAndParameterIsDescribed() {
        JsonNode description = description();
        JsonNode schemas = description.at("/components/schemas");
        List<String> undescribed = new ArrayList<>();
        int schemaCount = 0;
        int describedSchemas = 0;
        int fieldCount = 0;
        int describedFields = 0;
        int fieldsByReference = 0;
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            schemaCount++;
            if (described(schema.getValue())) {
                describedSchemas++;
            } else {
                undescribed.add(schema.getKey());
            }
            for (Map.Entry<String, JsonNode> field : schema.getValue().path("properties").properties()) {
                fieldCount++;
                String target = referenced(field.getValue());
                if (described(field.getValue())) {
                    describedFields++;
                } else if (target != null && described(schemas.path(target))) {
                    fieldsByReference++;
                } else {
                    undescribed.add(schema.getKey() + "." + field.getKey());
                }
            }
        }
        int operationCount = 0;
        int describedOperations = 0;
        int parameterCount = 0;
        int describedParameters = 0;
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                operationCount++;
                if (described(operation.getValue()) && !operation.getValue().path("summary").asText().isBlank()) {
                    describedOperations++;
                } else {
                    undescribed.add(name);
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    parameterCount++;
                    if (described(parameter)) {
                        describedParameters++;
                    } else {
                        undescribed.add(name + " " + parameter.path("in").asText() + " " + parameter.path("name").asText());
                    }
                }
            }
        }
        System.out.printf("API description: %d of %d schemas, %d of %d fields (and %d by reference to a schema), "
                        + "%d of %d operations, %d of %d parameters described%n",
                describedSchemas, schemaCount, describedFields, fieldCount, fieldsByReference,
                describedOperations, operationCount, describedParameters, parameterCount);

        assertThat(undescribed).as("schemas, fields, operations and parameters without a description").isEmpty();
    }

    private static boolean described(JsonNode node) {
        return !node.path("description").asText().isBlank();
    }

    private static String referenced(JsonNode field) {
        String reference = field.path("$ref").asText();
        String prefix = "#/components/schemas/";
        return reference.startsWith(prefix) ? reference.substring(prefix.length()) : null;
    }

    @Test
    void theDescriptionIsGzippedForAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v3/api-docs")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new ObjectMapper().readTree(unzipped)).isEqualTo(description());
        }
    }

    private JsonNode description() {
        Http.Response response = new Http(port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
