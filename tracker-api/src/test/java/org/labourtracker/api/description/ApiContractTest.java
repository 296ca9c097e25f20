package org.labourtracker.api.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.database.SameOnEveryDatabase;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The committed description ({@code tracker-api/openapi.json}), from which the build generates the
 * test client, is the one the application serves; and it is a contract: every operation names both
 * security schemes and answers its errors as problem documents, the exports and the live feed have
 * their media types, the import its body, no web page is in it and no two schemas share a name.
 */
@SameOnEveryDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1")
class ApiContractTest {

    static final Path COMMITTED = Path.of("openapi.json");
    private static final Path SERVED = Path.of("target/openapi-served.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @LocalServerPort
    int port;

    @Test
    void theCommittedDescriptionIsTheServedOne() throws IOException {
        JsonNode served = served();
        Files.writeString(SERVED, JSON.writeValueAsString(served) + "\n");
        assertThat(JSON.readTree(COMMITTED.toFile()))
                .as("the served description changed: if intended, copy tracker-api/" + SERVED + " to tracker-api/" + COMMITTED)
                .isEqualTo(served);
    }

    @Test
    void everyOperationIsSecuredAndAnswersErrorsAsProblemDocuments() {
        JsonNode description = served();
        assertThat(description.at("/info/title").asText()).isEqualTo("labour-tracker API");
        assertThat(description.at("/info/version").asText()).isEqualTo("0.1.0");
        assertThat(description.at("/info/license/name").asText()).isNotEmpty();
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(description.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        List<String> faults = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String operation = method.getKey() + " " + path.getKey();
            JsonNode security = method.getValue().path("security");
            if (!security.toString().equals("[{\"basic\":[]},{\"bearer\":[]}]")) {
                faults.add(operation + ": security " + security);
            }
            List<String> statuses = new ArrayList<>();
            method.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                faults.add(operation + ": no success answer");
            }
            for (String status : List.of("401", "403")) {
                if (method.getValue().at("/responses/" + status).isMissingNode()) {
                    faults.add(operation + ": no " + status);
                }
            }
            method.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && !response.getValue()
                        .at("/content/application~1problem+json/schema/$ref").asText().equals("#/components/schemas/Problem")) {
                    faults.add(operation + ": " + response.getKey() + " is not a problem document");
                }
            });
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void exportsFeedsAndImportHaveTheirMediaTypesAndNoPageIsDescribed() {
        JsonNode paths = served().path("paths");
        assertThat(paths.at("/~1api~1disputes~1{disputeId}~1timeline.csv/get/responses/200/content/text~1csv/schema/type")
                .asText()).isEqualTo("string");
        assertThat(paths.at("/~1api~1disputes~1{disputeId}~1export.ndjson/get/responses/200/content/application~1x-ndjson/schema/type")
                .asText()).isEqualTo("string");
        assertThat(paths.at("/~1api~1disputes~1{disputeId}~1live/get/responses/200/content/text~1event-stream/schema/type")
                .asText()).isEqualTo("string");
        assertThat(paths.at("/~1api~1import/post/requestBody/content/application~1x-ndjson/schema/type").asText())
                .isEqualTo("string");
        assertThat(paths.at("/~1api~1import/post/requestBody/required").asBoolean()).isTrue();
        List<String> pages = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/")) {
                pages.add(path);
            }
        });
        assertThat(pages).isEmpty();
        assertThat(served().at("/components/schemas/ImportReport/properties/recorded").isMissingNode()).isFalse();
        assertThat(served().at("/components/schemas/Report/properties/intact").isMissingNode()).isFalse();
    }

    /**
     * What {@code openapi-generator validate --recommend} reports, run as it runs it (swagger-parser with
     * references resolved, then openapi-generator's evaluator with its recommendations): nothing.
     */
    @Test
    void openapiGeneratorValidateFindsNothing() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(new Http(port).get("/v3/api-docs", null).body(),
                null, options);
        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);
        ValidationResult evaluated = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());
        List<String> issues = new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
        evaluated.getErrors().forEach(error -> issues.add("error: " + error.getMessage()));
        evaluated.getWarnings().forEach(warning -> issues.add("recommendation: " + warning.getMessage()));

        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(issues).isEmpty();
    }

    private JsonNode served() {
        Http.Response response = new Http(port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
