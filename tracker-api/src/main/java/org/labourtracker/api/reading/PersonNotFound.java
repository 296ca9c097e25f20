package org.labourtracker.api.reading;

import org.labourtracker.evidence.StreamNotFound;

/**
 * No person the reader may see has the id asked for. Says nothing of the id: below AUDITOR the answer
 * is masked, and a confidential person's id would come back as a pseudonym where an unknown id comes
 * back as asked, telling the two apart.
 */
public class PersonNotFound extends StreamNotFound {

    PersonNotFound() {
        super("personId", "no person with this id is known");
    }
}
