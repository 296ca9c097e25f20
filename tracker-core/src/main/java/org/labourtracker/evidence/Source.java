package org.labourtracker.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a record's information comes from. A confidential source (a witness at risk, say) is
 * kept whole in the store and redacted by the views for readers who may not see it.
 *
 * @param publisher    who published it: a newspaper, an agency, a union, a ministry, a court
 * @param title        the title of the article, statement or document
 * @param url          where it can be read: an absolute http or https address
 * @param author       who wrote or said it
 * @param publishedOn  the day it was published, not after today
 * @param language     its language, as a tag such as en, ru or kk
 * @param kind         what kind of body gave it
 * @param reliability  the recorder's judgement of how far the source can be trusted
 * @param confidential whether only readers cleared for confidential sources may see it
 */
public record Source(@NotNull @Name String publisher,
                     @Name String title,
                     @WebAddress String url,
                     @Name String author,
                     @NotFuture LocalDate publishedOn,
                     @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                             message = "must be a language tag such as en, ru or kk") String language,
                     @NotNull SourceKind kind,
                     @NotNull Reliability reliability,
                     boolean confidential) {
}
