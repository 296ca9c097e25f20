package org.labourtracker.evidence;

/**
 * One broken rule of a command: the field as a JSON path into the command (such as
 * {@code evidence.sources[0].url}) and why it is refused.
 */
public record Violation(String field, String reason) {
}
