package org.labourtracker.api.problem;

import java.net.URI;
import java.util.stream.Collectors;

import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.labourtracker.evidence.RecordIdReused;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StaleVersion;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem document. Problems about a request's content carry
 * {@code field} (a JSON path such as {@code evidence.sources[0].kind}) and {@code reason}.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://labour-tracker.org/problems/";

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail fieldProblem(HttpStatusCode status, String type, String title, String field,
                                             String reason) {
        ProblemDetail problem = problem(status, type, title, field + " " + reason);
        problem.setProperty("field", field);
        problem.setProperty("reason", reason);
        return problem;
    }

    /**
     * The problem the API would answer for this failure; used where failures are collected rather
     * than answered, as in an import, so that both say the same.
     */
    public ProblemDetail describe(Exception failure) {
        if (failure instanceof InvalidRequest invalid) {
            return invalidRequest(invalid);
        }
        if (failure instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (failure instanceof StreamNotFound notFound) {
            return notFound(notFound);
        }
        if (failure instanceof RecordRejected rejected) {
            return rejected(rejected);
        }
        if (failure instanceof AggregateNotFoundException missing) {
            return streamNotFound(missing);
        }
        if (failure instanceof RecordIdReused reused) {
            return reused(reused);
        }
        if (failure instanceof StaleVersion stale) {
            return stale(stale).getBody();
        }
        if (failure instanceof ConcurrencyException concurrent) {
            return concurrent(concurrent);
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "not-recorded", "Not recorded",
                "the record could not be stored: " + failure.getMessage());
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest error) {
        return fieldProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", error.field(),
                error.getMessage());
    }

    @ExceptionHandler(JsonProcessingException.class)
    ProblemDetail unreadableJson(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field", path(unknown),
                    "is not a field of this record");
        }
        if (error instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return fieldProblem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", path(format),
                    "must be one of " + allowed);
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String expected = mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                    && mismatch.getTargetType() != null
                    ? "must be of type " + typeName(mismatch.getTargetType()) : "has a value of the wrong type";
            return fieldProblem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", path(mapping), expected);
        }
        return fieldProblem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", "body",
                "is not well-formed JSON: " + error.getOriginalMessage());
    }

    @ExceptionHandler(StreamNotFound.class)
    ProblemDetail notFound(StreamNotFound error) {
        return fieldProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", error.field(), error.reason());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail streamNotFound(AggregateNotFoundException error) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "no dispute or legal case with id " + error.getAggregateIdentifier());
    }

    /** {@code field} and {@code reason} name the first broken rule; {@code errors} lists every one, by field. */
    @ExceptionHandler(RecordRejected.class)
    ProblemDetail rejected(RecordRejected error) {
        ProblemDetail problem = fieldProblem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-broken", "The record breaks a rule",
                error.field(), error.reason());
        if (error.violations().size() > 1) {
            problem.setDetail(error.violations().size() + " rules broken, the first: " + problem.getDetail());
        }
        problem.setProperty("errors", error.violations());
        return problem;
    }

    /** Not a retry: the id names a stored record with other content; silently answering success would lose it. */
    @ExceptionHandler(RecordIdReused.class)
    ProblemDetail reused(RecordIdReused error) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "record-id-reused", "Record id already used",
                "record " + error.recordId() + " of " + error.streamId() + " is already stored with different "
                        + String.join(", ", error.differingFields())
                        + "; nothing was recorded. Send a new record with a new recordId (or Idempotency-Key),"
                        + " or correct the stored record.");
        problem.setProperty("field", "recordId");
        problem.setProperty("streamId", error.streamId());
        problem.setProperty("recordId", error.recordId());
        problem.setProperty("storedKind", error.storedKind());
        problem.setProperty("differingFields", error.differingFields());
        return problem;
    }

    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> stale(StaleVersion error) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The stream has changed",
                error.getMessage() + "; nothing was recorded. Read the stream again and resend with its version.");
        problem.setProperty("expectedVersion", error.expected());
        problem.setProperty("currentVersion", error.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(error.current())).body(problem);
    }

    /** A write conflict that lasted through every retry (WriteConflicts); the loser stored nothing. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(AxonException error) {
        return problem(HttpStatus.CONFLICT, "concurrent-write", "Concurrent write",
                "another record was stored in this stream at the same moment; nothing was recorded, resend");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (error.getCause() instanceof BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "body-too-large", "Request body too large", tooLarge.getMessage()));
        }
        if (error.getCause() instanceof JsonProcessingException json) {
            return ResponseEntity.badRequest().body(unreadableJson(json));
        }
        return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, "malformed-json",
                "Malformed JSON", "body", "is missing or unreadable"));
    }

    private static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        return "object";
    }
}
