package org.labourtracker.api.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.labourtracker.api.description.ApiDescriptionPart;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Describes each kind of record as its own operation with its own request schema, from the same
 * {@link RecordKinds} table that routes the requests, in place of the one generic route.
 */
@Component
class RecordingApiDescription implements ApiDescriptionPart {

    /*
     * The converters springdoc registered, the Javadoc's included: the same schema read through another
     * instance would lose its descriptions and replace the one springdoc made.
     */
    private final ModelConverters converters;

    RecordingApiDescription(SpringDocConfigProperties springdoc) {
        this.converters = ModelConverters.getInstance(springdoc.isOpenapi31());
    }

    @Override
    public void describe(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getPaths().keySet().removeIf(path -> path.contains("{stream}"));
        for (RecordKinds stream : RecordKinds.values()) {
            if (stream.opening != null) {
                PathItem opening = api.getPaths().get("/api/" + stream.path);
                if (opening != null && opening.getPost() != null) {
                    opening.getPost().requestBody(body(api, stream.opening, "recordId")).responses(responses(api));
                }
            }
            for (Map.Entry<String, Class<?>> kind : stream.kinds.entrySet()) {
                Operation post = new Operation()
                        .operationId(stream.path + "-" + kind.getKey())
                        .summary("Record " + kind.getValue().getSimpleName())
                        .description("Adds a record of " + kind.getKey() + " to the " + stream.noun + " {"
                                + stream.idField + "}, with its sources. Answers 201 with the stream's version after "
                                + "it (pass it as If-Match next time); a retry with the same record id records once.")
                        .addTagsItem("recording")
                        .addParametersItem(new PathParameter().name(stream.idField).required(true)
                                .schema(new StringSchema()))
                        .addParametersItem(new HeaderParameter().name(RecordingController.IDEMPOTENCY_KEY)
                                .description("the record id, when the body has none; a retry with the same key records once")
                                .schema(new StringSchema()))
                        .addParametersItem(new HeaderParameter().name("If-Match")
                                .description("the stream version last seen (an ETag); a stale one answers 409")
                                .schema(new StringSchema()))
                        .requestBody(body(api, kind.getValue(), "recordId", stream.idField))
                        .responses(responses(api));
                api.getPaths().addPathItem("/api/" + stream.path + "/{" + stream.idField + "}/" + kind.getKey(),
                        new PathItem().post(post));
            }
        }
    }

    /**
     * The command's schema as the body, where the fields the command requires (from its annotations)
     * are required but for those the server fills in: the stream id from the address, the record id
     * from the {@code Idempotency-Key} header or a new UUID.
     */
    @SuppressWarnings("rawtypes")
    private RequestBody body(OpenAPI api, Class<?> type, String... filledIn) {
        Schema body = schema(api, type);
        Schema command = api.getComponents().getSchemas().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
        if (command.getRequired() != null) {
            List<String> required = new ArrayList<>(command.getRequired());
            required.removeAll(List.of(filledIn));
            command.setRequired(required.isEmpty() ? null : required);
        }
        return new RequestBody().required(true).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(body)));
    }

    @SuppressWarnings("rawtypes")
    private Schema schema(OpenAPI api, Class<?> type) {
        ResolvedSchema resolved = converters
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        resolved.referencedSchemas.forEach(api.getComponents()::addSchemas);
        return resolved.schema;
    }

    private ApiResponses responses(OpenAPI api) {
        Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType());
        return new ApiResponses()
                .addApiResponse("201", new ApiResponse().description("recorded (or already recorded under this record id)")
                        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(schema(api, Recorded.class)))))
                .addApiResponse("400", new ApiResponse().description("malformed JSON, unknown field, wrong type or value").content(problem))
                .addApiResponse("404", new ApiResponse().description("no such dispute, case, record or person").content(problem))
                .addApiResponse("409", new ApiResponse().description("stale If-Match version, or a concurrent write").content(problem))
                .addApiResponse("413", new ApiResponse().description("body too large").content(problem))
                .addApiResponse("422", new ApiResponse().description("the record breaks a rule; names the field").content(problem));
    }
}
