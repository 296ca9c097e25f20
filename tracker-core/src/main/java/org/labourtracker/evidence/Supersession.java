package org.labourtracker.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A new record's statement that it replaces an earlier record of the same stream, entered under the
 * wrong kind, incident or people, and why. The earlier record stays in the stream, superseded: a
 * correction changes parts of a record, a supersession replaces it whole.
 *
 * @param recordId the earlier record of the same stream that this one replaces
 * @param reason   why it is replaced, such as "entered under the wrong kind"
 */
public record Supersession(@NotNull @Identifier String recordId, @NotBlank @FreeText String reason) {
}
