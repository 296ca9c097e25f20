package org.labourtracker.projections.summary;

import java.util.List;

/**
 * An employer (with its owners) or a union in a dispute, and the record that named it first.
 *
 * @param name     the organisation's name as recorded
 * @param owners   the employer's owners, such as KazMunayGas and CITIC Group; empty for a union
 * @param recordId the record that made it a party
 */
public record Party(String name, List<String> owners, String recordId) {
}
