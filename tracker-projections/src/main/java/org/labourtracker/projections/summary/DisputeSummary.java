package org.labourtracker.projections.summary;

import java.time.LocalDate;
import java.util.List;

import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.evidence.When;

/**
 * The current picture of a dispute for dashboards.
 *
 * @param disputeId         the dispute's id
 * @param title             the dispute's title, such as "Mangystau oil workers strike"
 * @param industry          the industry, such as oil and gas
 * @param status            the status of the standing status record that happened last
 * @param statusSince       when that record says the status began
 * @param active            whether the status is brewing, active or escalated
 * @param country           where it happens: ISO 3166 alpha-2 code, such as KZ
 * @param region            the region where it began, such as Mangystau Region
 * @param place             the place where it began, such as Aktau
 * @param started           when the dispute began, with its precision (from the opening record, as corrected)
 * @param asOf              the day the summary is for: today, or the day asked for in time travel
 * @param daysSinceStart    days from the first day the dispute may have begun to {@code asOf}, or, once it
 *                          ended or was settled, to the first day of the record that says so
 * @param employers         the employers, each with its owners, in the order they joined
 * @param unions            the unions, in the order they joined
 * @param workersOut        the figures of the latest strike record that gives any, with their spread, while
 *                          that strike is out; null once it ended, or the dispute ended or was settled
 * @param demands           every standing demand with its outcome; {@code openDemands} counts the open ones,
 *                          those with no outcome yet or refused
 * @param openDemands       how many demands are open: no outcome yet, or refused
 * @param latestDevelopment the standing record that happened last
 * @param records           how many records of the dispute and its cases stand
 */
public record DisputeSummary(String disputeId,
                             String title,
                             String industry,
                             DisputeStatus status,
                             When statusSince,
                             boolean active,
                             String country,
                             String region,
                             String place,
                             When started,
                             LocalDate asOf,
                             Long daysSinceStart,
                             List<Party> employers,
                             List<Party> unions,
                             WorkersOut workersOut,
                             List<DemandView> demands,
                             int openDemands,
                             Development latestDevelopment,
                             long records) {

    public List<String> employerNames() {
        return employers.stream().map(Party::name).toList();
    }
}
