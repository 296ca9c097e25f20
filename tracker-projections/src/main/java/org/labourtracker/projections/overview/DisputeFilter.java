package org.labourtracker.projections.overview;

import java.time.LocalDate;

import org.labourtracker.dispute.DisputeStatus;

/**
 * Which disputes a list keeps, by the dispute itself; null where nothing is asked. Names (employer,
 * union, industry) match any part of a name, case aside; country and region match whole, case aside.
 *
 * @param country  the country code, such as KZ
 * @param region   the region where it began
 * @param employer part of an employer's name
 * @param union    part of a union's name
 * @param industry part of the industry
 * @param status   the dispute's status
 * @param from     keeps disputes that may have begun on or after this day
 * @param to       keeps disputes that may have begun on or before this day
 */
public record DisputeFilter(String country, String region, String employer, String union, String industry,
                            DisputeStatus status, LocalDate from, LocalDate to) {

    /** Keeps every dispute. */
    public static final DisputeFilter NONE = new DisputeFilter(null, null, null, null, null, null, null, null);
}
