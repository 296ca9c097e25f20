package org.labourtracker.api.security;

import org.labourtracker.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of user and token management. Bad input ({@code InvalidRequest}) and unreadable
 * bodies are answered by the API-wide {@link Problems}, with the offending field.
 */
@RestControllerAdvice(basePackageClasses = SecurityProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblems {

    @ExceptionHandler(UserAccounts.UnknownUser.class)
    ProblemDetail unknownUser(UserAccounts.UnknownUser error) {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", error.getMessage());
    }

    @ExceptionHandler(UserAccounts.UsernameTaken.class)
    ProblemDetail usernameTaken(UserAccounts.UsernameTaken error) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "username-taken", "Username taken",
                error.getMessage());
        problem.setProperty("field", "username");
        return problem;
    }

    @ExceptionHandler(UserAccounts.LastAdmin.class)
    ProblemDetail lastAdmin(UserAccounts.LastAdmin error) {
        return Problems.problem(HttpStatus.CONFLICT, "last-admin", "Last administrator", error.getMessage());
    }

    @ExceptionHandler(TokenEndpoint.PasswordRequired.class)
    ProblemDetail passwordRequired(TokenEndpoint.PasswordRequired error) {
        return Problems.problem(HttpStatus.FORBIDDEN, "password-required", "Password required", error.getMessage());
    }

    @ExceptionHandler(TokenEndpoint.NoTokenInUse.class)
    ProblemDetail noTokenInUse(TokenEndpoint.NoTokenInUse error) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "no-token-in-use", "No token in use", error.getMessage());
    }
}
