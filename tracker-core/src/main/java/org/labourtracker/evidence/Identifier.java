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

import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An id chosen by the recorder (of a stream, a record, a person, a demand): 1 to 100 letters,
 * digits or {@code . _ : -}, starting with a letter or digit, so that it reads safely in an address
 * and a file. Absent is allowed here; {@code @NotNull} says when it is required.
 */
@Documented
@Constraint(validatedBy = Identifier.Rule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {

    String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$";
    int MAX_LENGTH = 100;

    String message() default "must be 1 to 100 letters, digits or . _ : - and start with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Identifier, String> {

        private static final Pattern IDENTIFIER = Pattern.compile(PATTERN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || IDENTIFIER.matcher(value).matches();
        }
    }
}
