package org.labourtracker.api.description;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * A part of the API description that a feature writes itself (e.g. the operation of each kind of
 * record). Springdoc applies its customizers in no fixed order, so {@link ApiContract} applies these
 * parts first and then completes every operation, those of the parts included.
 */
public interface ApiDescriptionPart {

    void describe(OpenAPI api);
}
