package org.labourtracker.evidence;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A single-line name or title: not blank, at most {@link #MAX_LENGTH} characters, without control
 * characters or text-direction controls. Absent is allowed here; {@code @NotNull} says when it is
 * required.
 */
@Documented
@Constraint(validatedBy = Name.Rule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Name {

    int MAX_LENGTH = 300;

    String message() default "must be a single-line name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Name, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String reason = value.isBlank() ? "must not be blank"
                    : value.length() > MAX_LENGTH ? "must be at most " + MAX_LENGTH + " characters"
                    : value.chars().anyMatch(Character::isISOControl) ? "must not contain control characters"
                    : value.chars().anyMatch(Rule::isDirectionControl)
                    ? "must not contain text-direction controls (U+202A to U+202E, U+2066 to U+2069)" : null;
            return FreeText.Rule.holds(reason, context);
        }

        /**
         * Invisible characters that reorder the text after them: in a name, shown in a page or an
         * export, they make it read as another (a company name displayed backwards, say).
         */
        private static boolean isDirectionControl(int c) {
            return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        }
    }
}
