package org.labourtracker.api.description;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * What makes the served description ({@code /v3/api-docs}) a contract a generated client can live on,
 * applied after the {@link ApiDescriptionPart}s: title, version and licence; HTTP Basic and bearer tokens on
 * every operation; the RFC 9457 problem document as the schema of every error answer, and the answers
 * every operation of a kind can give (401, 403 and 429 all; 400 a write or one with parameters; 404 with an id
 * in the path; 413 and 415 with a body; 409 and 422 where a feature declares them); the media types
 * of the exports and the live feed as what they are (text, one JSON document a line, Server-Sent
 * Events); the import's body; no schema that nothing refers to. The committed copy
 * {@code tracker-api/openapi.json} is kept equal to it by a test, and the test client is generated from
 * that copy.
 */
@Component
class ApiContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String NDJSON = "application/x-ndjson";
    private static final Pattern SCHEMA_REFERENCE = Pattern.compile("\"#/components/schemas/([^\"]+)\"");
    private static final Map<String, String> TEXT_MEDIA_TYPES = Map.of(
            "text/csv", "CSV with a header row",
            NDJSON, "one JSON document a line",
            org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE, "Server-Sent Events");

    /** Path parameters named alike all over the API, described once. */
    private static final Map<String, String> PATH_PARAMETERS = Map.of(
            "disputeId", "the dispute's id, as given when it was opened",
            "caseId", "the legal case's id, as given when it was opened",
            "streamId", "the id of the dispute or legal case",
            "personId", "the id the recorder gave the person",
            "username", "the user's name",
            "jobId", "the import's id, as its report gives it",
            "readModel", "a read model's name, as GET /api/admin/read-models lists them");

    private final String version;
    private final String licence;
    private final String licenceIdentifier;
    private final List<ApiDescriptionPart> parts;

    ApiContract(List<ApiDescriptionPart> parts, @Value("${tracker.api.version}") String version,
                @Value("${tracker.api.licence.name}") String licence,
                @Value("${tracker.api.licence.identifier}") String licenceIdentifier) {
        this.parts = parts;
        this.version = version;
        this.licence = licence;
        this.licenceIdentifier = licenceIdentifier;
    }

    @Override
    public void customise(OpenAPI api) {
        parts.forEach(part -> part.describe(api));
        api.info(new Info().title("labour-tracker API").version(version)
                        .description("Labour disputes recorded as immutable, sourced events: recording, reading, "
                                + "exchange, auditing and administration. Errors are RFC 9457 problem documents.")
                        .license(new License().name(licence).identifier(licenceIdentifier)))
                // A fixed server, so that the description does not change with the port it is read from.
                .servers(List.of(new Server().url("http://localhost:8080").description("a node started with the defaults")));
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        api.getComponents()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("a user's name and password"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("a token from POST /api/tokens"))
                .addSchemas(PROBLEM, problemSchema());
        api.security(requirements());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, method, operation)));
        PathItem imports = api.getPaths().get("/api/import");
        if (imports != null && imports.getPost() != null) {
            imports.getPost().requestBody(new RequestBody().required(true)
                    .description("NDJSON: one recording a line, {\"stream\": \"disputes\", \"kind\": \"strikes\", "
                            + "\"record\": {...}}, as GET /api/disputes/{disputeId}/export.ndjson gives")
                    .content(new Content().addMediaType(NDJSON, new MediaType().schema(text("one recording a line")))));
        }
        keepReferencedSchemas(api);
    }

    /*
     * A schema springdoc made for a body this description replaces (SseEmitter, StreamingResponseBody, JsonNode)
     * names no type of the API; left in, it would become a class of every generated client.
     */
    @SuppressWarnings("rawtypes")
    private static void keepReferencedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> referenced = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(references(api.getPaths()));
        while (!toRead.isEmpty()) {
            String name = toRead.pop();
            if (referenced.add(name) && schemas.containsKey(name)) {
                toRead.addAll(references(schemas.get(name)));
            }
        }
        schemas.keySet().retainAll(referenced);
    }

    private static Set<String> references(Object part) {
        try {
            Matcher reference = SCHEMA_REFERENCE.matcher(Json31.mapper().writeValueAsString(part));
            Set<String> names = new HashSet<>();
            while (reference.find()) {
                names.add(reference.group(1));
            }
            return names;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a part of the API description that is not JSON", e);
        }
    }

    private static List<SecurityRequirement> requirements() {
        return List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        operation.security(requirements());
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> "path".equals(parameter.getIn()) && parameter.getDescription() == null)
                    .forEach(parameter -> parameter.description(PATH_PARAMETERS.get(parameter.getName())));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        responses.forEach((status, response) -> {
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    if (TEXT_MEDIA_TYPES.containsKey(type)) {
                        media.schema(text(TEXT_MEDIA_TYPES.get(type)));
                    }
                });
            }
        });
        error(responses, HttpStatus.UNAUTHORIZED, "no or wrong credentials");
        error(responses, HttpStatus.FORBIDDEN, "the caller's role does not allow this");
        boolean writes = method != PathItem.HttpMethod.GET;
        if (writes || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            error(responses, HttpStatus.BAD_REQUEST, "malformed request: names the field");
        }
        if (path.contains("{")) {
            error(responses, HttpStatus.NOT_FOUND, "no such dispute, case, record, job or user");
        }
        if (writes && operation.getRequestBody() != null) {
            error(responses, HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
            error(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a body of a media type the operation does not read");
        }
        error(responses, HttpStatus.TOO_MANY_REQUESTS,
                "too many failed sign-ins for the account or address of these Basic credentials; see Retry-After");
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static void error(ApiResponses responses, HttpStatus status, String description) {
        String code = String.valueOf(status.value());
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static Schema<String> text(String description) {
        return new StringSchema().description(description);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem document; a bad field is named in field and reason")
                .addProperty("type", new StringSchema().format("uri").description("what kind of problem, as a URI"))
                .addProperty("title", new StringSchema().description("the kind of problem in words"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("this occurrence in words"))
                .addProperty("instance", new StringSchema().format("uri").description("the request's path"))
                .addProperty("field", new StringSchema().description("the field, parameter or header at fault"))
                .addProperty("reason", new StringSchema().description("what is wrong with it"))
                .addProperty("errors", new ArraySchema().description("on a record that breaks rules: every broken "
                                + "rule, the first one first (the one field and reason name)")
                        .items(new ObjectSchema().description("one broken rule")
                                .addProperty("field", new StringSchema()
                                        .description("the field as a JSON path, such as evidence.sources[0].url"))
                                .addProperty("reason", new StringSchema().description("what is wrong with it"))
                                .required(List.of("field", "reason"))))
                .addProperty("expectedVersion", new IntegerSchema().format("int64")
                        .description("on a stale If-Match: the version the caller sent"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("on a stale If-Match: the stream's version now"))
                .addProperty("streamId", new StringSchema()
                        .description("on a reused record id: the stream it is stored in"))
                .addProperty("recordId", new StringSchema().description("on a reused record id: the record id"))
                .addProperty("storedKind", new StringSchema()
                        .description("on a reused record id: the kind of record stored under it"))
                .addProperty("differingFields", new ArraySchema().items(new StringSchema())
                        .description("on a reused record id: the fields in which the stored record differs"))
                .addProperty("role", new StringSchema().description("on 403: the caller's role"))
                .addProperty("retryAfterSeconds", new IntegerSchema().format("int64")
                        .description("on 429: the seconds to wait before signing in again"));
    }
}
