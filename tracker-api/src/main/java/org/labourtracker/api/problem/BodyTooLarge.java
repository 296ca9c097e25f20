package org.labourtracker.api.problem;

import java.io.IOException;

/**
 * A request body over the configured limit. An {@link IOException} because it is raised while
 * the body is read; answered 413, with nothing parsed or recorded.
 */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
