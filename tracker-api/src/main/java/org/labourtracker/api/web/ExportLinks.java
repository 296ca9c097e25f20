package org.labourtracker.api.web;

import org.labourtracker.api.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a page offers a dispute's exports (timeline CSV, NDJSON with its checkpoint, ACLED CSV): to
 * whoever the API lets read them, a VIEWER or above, or anyone when anonymous reading is on. They are
 * redacted for the reader as the page is.
 */
@Component
class ExportLinks {

    private final boolean anonymousRead;

    ExportLinks(@Value("${tracker.security.anonymous-read:false}") boolean anonymousRead) {
        this.anonymousRead = anonymousRead;
    }

    boolean offered(Authentication reader) {
        return anonymousRead || Role.VIEWER.isHeldBy(reader);
    }
}
