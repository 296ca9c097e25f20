package org.labourtracker.api.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issues a bearer token to a caller signed in with a password, and revokes the token in use. */
@RestController
@RequestMapping("/api/tokens")
class TokenEndpoint {

    private final ApiTokens tokens;

    TokenEndpoint(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Issues a bearer token to a caller signed in with a password (HTTP Basic). Not with a token: a
     * stolen token could otherwise renew itself for ever.
     */
    @PostMapping
    ApiTokens.IssuedToken issue(Authentication caller) {
        if (caller instanceof ApiTokenAuthentication) {
            throw new PasswordRequired();
        }
        return tokens.issue(caller.getName());
    }

    /** Revokes the bearer token this request is made with. */
    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeCurrent(Authentication caller) {
        if (!(caller instanceof ApiTokenAuthentication token)) {
            throw new NoTokenInUse();
        }
        tokens.revoke(token.tokenId());
    }

    static class PasswordRequired extends RuntimeException {

        PasswordRequired() {
            super("tokens are issued to callers who sign in with their password (HTTP Basic), not with a token");
        }
    }

    static class NoTokenInUse extends RuntimeException {

        NoTokenInUse() {
            super("this request was not made with a token; send the token to revoke as 'Authorization: Bearer <token>'");
        }
    }
}
