package org.labourtracker.api.description;

import java.lang.annotation.Annotation;

import org.labourtracker.evidence.CountryCode;
import org.labourtracker.evidence.CurrencyCode;
import org.labourtracker.evidence.FreeText;
import org.labourtracker.evidence.Identifier;
import org.labourtracker.evidence.Name;
import org.labourtracker.evidence.WebAddress;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Describes the field rules of our own constraint annotations as the standard ones are described
 * (swagger reads {@code @NotNull}, {@code @Size}, {@code @Pattern} ... itself), from the constants
 * the rules enforce, so that the description and the server read one source.
 */
@Component
class FieldRulesDescription implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null || !isString(property)) {
            return property;
        }
        for (Annotation rule : type.getCtxAnnotations()) {
            if (rule instanceof Identifier) {
                property.pattern(Identifier.PATTERN).maxLength(Identifier.MAX_LENGTH);
            } else if (rule instanceof Name) {
                property.minLength(1).maxLength(Name.MAX_LENGTH);
            } else if (rule instanceof FreeText) {
                property.maxLength(FreeText.MAX_LENGTH);
            } else if (rule instanceof WebAddress) {
                property.format("uri").maxLength(WebAddress.MAX_LENGTH);
            } else if (rule instanceof CountryCode) {
                property.pattern(CountryCode.PATTERN);
            } else if (rule instanceof CurrencyCode) {
                property.pattern(CurrencyCode.PATTERN);
            }
        }
        return property;
    }

    @SuppressWarnings("rawtypes")
    private static boolean isString(Schema property) {
        return "string".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("string"));
    }
}
