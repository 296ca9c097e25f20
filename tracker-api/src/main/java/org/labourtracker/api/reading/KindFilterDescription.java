package org.labourtracker.api.reading;

import java.util.List;

import org.labourtracker.api.description.ApiDescriptionPart;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;

/** Describes the {@code kind} filter as the enumeration of the kinds of record, from the table that routes them. */
@Component
class KindFilterDescription implements ApiDescriptionPart {

    @Override
    public void describe(OpenAPI api) {
        for (String path : List.of("/api/disputes", "/api/search")) {
            PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
            if (item == null || item.getGet() == null || item.getGet().getParameters() == null) {
                continue;
            }
            item.getGet().getParameters().stream().filter(parameter -> "kind".equals(parameter.getName()))
                    .forEach(parameter -> {
                        StringSchema kinds = new StringSchema();
                        Filters.kinds().forEach(kinds::addEnumItem);
                        parameter.setSchema(kinds);
                    });
        }
    }
}
