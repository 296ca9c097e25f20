package org.labourtracker.api.transparency;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transparency log's settings ({@code tracker.log.*}).
 *
 * @param keyFile    where the signing key is kept, outside the database; generated there at first
 *                   start unless profile {@code prod} is active
 * @param signingKey the signing key itself in signed-note form ({@code PRIVATE+KEY+...}), e.g. from the
 *                   environment variable {@code TRACKER_LOG_SIGNINGKEY}; takes the place of the file
 * @param enabled    whether events are sealed and logged; off only to measure what the log costs
 */
@ConfigurationProperties("tracker.log")
record LogSettings(@DefaultValue("./data/keys/log-signing.key") Path keyFile,
                   String signingKey,
                   @DefaultValue("true") boolean enabled) {
}
