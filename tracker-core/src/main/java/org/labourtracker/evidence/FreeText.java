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
 * Free text such as notes or a demand's words: at most {@link #MAX_LENGTH} characters, line breaks
 * and tabs allowed, other control characters not. Absent is allowed here; {@code @NotBlank} says
 * when it is required.
 */
@Documented
@Constraint(validatedBy = FreeText.Rule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface FreeText {

    int MAX_LENGTH = 10_000;

    String message() default "must be free text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<FreeText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return holds(value.length() > MAX_LENGTH ? "must be at most " + MAX_LENGTH + " characters"
                    : value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    ? "must not contain control characters other than line breaks and tabs" : null, context);
        }

        /** Reports {@code reason} as the violation's message; a rule with several reasons says which one broke. */
        static boolean holds(String reason, ConstraintValidatorContext context) {
            if (reason == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
            return false;
        }
    }
}
