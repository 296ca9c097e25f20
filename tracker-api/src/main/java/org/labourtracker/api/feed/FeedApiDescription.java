package org.labourtracker.api.feed;

import java.util.List;

import org.labourtracker.api.description.ApiDescriptionPart;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The feed's CloudEvent as a schema of its own, attribute by attribute as {@link CloudEvents} writes
 * it, so that a generated client reads the page's events as typed objects rather than untyped JSON.
 */
@Component
class FeedApiDescription implements ApiDescriptionPart {

    static final String CLOUD_EVENT = "CloudEvent";

    @Override
    @SuppressWarnings("rawtypes")
    public void describe(OpenAPI api) {
        Schema page = api.getComponents().getSchemas().get("CloudEventPage");
        if (page == null) {
            return;
        }
        api.getComponents().addSchemas(CLOUD_EVENT, new ObjectSchema()
                .description("A stored event as a CloudEvent 1.0 in the JSON event format")
                .required(List.of("specversion", "id", "source", "type"))
                .addProperty("specversion", new StringSchema().description("the CloudEvents version, 1.0"))
                .addProperty("id", new StringSchema().description("the event's own identifier, the same on every node"))
                .addProperty("source", new StringSchema().format("uri-reference")
                        .description("the stream's address in the API: /api/disputes/{id} or /api/cases/{id}"))
                .addProperty("type", new StringSchema()
                        .description("org.labourtracker. and the kind of record, such as CasualtiesReported"))
                .addProperty("subject", new StringSchema().description("the dispute's or case's id"))
                .addProperty("time", new StringSchema().format("date-time").description("when the event was stored"))
                .addProperty("datacontenttype", new StringSchema().description("application/json"))
                .addProperty("data", new ObjectSchema().description("the record as stored, as JSON"))
                .addProperty("sequence", new IntegerSchema().format("int64")
                        .description("the event's number in its stream, from 0"))
                .addProperty("recordedby", new StringSchema().description("who recorded it"))
                .addProperty("hash", new StringSchema().description("its link in the stream's hash chain"))
                .addProperty("correlationid", new StringSchema()
                        .description("the id linking the records entered together")));
        Schema events = (Schema) page.getProperties().get("events");
        events.items(new Schema<>().$ref("#/components/schemas/" + CLOUD_EVENT));
    }
}
