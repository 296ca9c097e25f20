package org.labourtracker.api.reading;

import org.labourtracker.dispute.DisputeStatus;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The dispute filters as query parameters, shared by the dispute list and the record search; read
 * as they are typed and checked by {@link Filters}, which names the parameter at fault.
 */
public record FilterParameters(
        @Parameter(description = "words that a record holds, each as the beginning of a word, case and accents "
                + "aside; confidential names find records only for AUDITOR and ADMIN; required by the search")
        String q,
        @Parameter(description = "ISO 3166 alpha-2 code, such as KZ")
        String country,
        @Parameter(description = "the region's whole name, case aside, such as Mangystau Region")
        String region,
        @Parameter(description = "part of an employer's name, case aside")
        String employer,
        @Parameter(description = "part of a union's name, case aside")
        String union,
        @Parameter(description = "part of the industry's name, case aside")
        String industry,
        @Parameter(description = "the dispute's status now", schema = @Schema(implementation = DisputeStatus.class))
        String status,
        @Parameter(description = "the period's first day: disputes that may have begun, records that may have "
                + "happened, on or after it", schema = @Schema(type = "string", format = "date"))
        String from,
        @Parameter(description = "the period's last day: disputes that may have begun, records that may have "
                + "happened, on or before it", schema = @Schema(type = "string", format = "date"))
        String to,
        @Parameter(description = "a kind of record, as it is posted (disputes and cases for the records that open "
                + "them)", schema = @Schema(type = "string"))
        String kind) {

    public Filters filters() {
        return Filters.of(q, country, region, employer, union, industry, status, from, to, kind);
    }
}
