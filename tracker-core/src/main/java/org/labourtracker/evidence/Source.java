package org.labourtracker.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Where a record's information comes from. A confidential source (a witness at risk, say) is
 * kept whole in the store and redacted by the views for readers who may not see it.
 */
public record Source(String publisher,
                     String title,
                     String url,
                     String author,
                     LocalDate publishedOn,
                     String language,
                     SourceKind kind,
                     Reliability reliability,
                     boolean confidential) {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public void check(String path, Clock clock) {
        Checks.name(publisher, path + ".publisher");
        Checks.optionalName(title, path + ".title");
        Checks.optionalName(author, path + ".author");
        Checks.present(kind, path + ".kind");
        Checks.present(reliability, path + ".reliability");
        Checks.notFuture(publishedOn, path + ".publishedOn", clock);
        if (language != null) {
            Checks.require(LANGUAGE_TAG.matcher(language).matches(), path + ".language",
                    "must be a language tag such as en, ru or kk");
        }
        if (url != null) {
            checkUrl(path + ".url");
        }
    }

    private void checkUrl(String field) {
        Checks.require(url.length() <= 2_000, field, "must be at most 2000 characters");
        try {
            URI uri = new URI(url);
            Checks.require(("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null, field, "must be an absolute http or https address");
        } catch (URISyntaxException e) {
            throw new RecordRejected(field, "is not a valid address");
        }
    }
}
