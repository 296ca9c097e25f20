package org.labourtracker.projections.people;

/**
 * Asks for a person across disputes ({@link PersonRecord}); null when no dispute names them, or when
 * the reader may not see them in one of them.
 */
public record PersonQuery(String personId, boolean confidentialVisible) {
}
