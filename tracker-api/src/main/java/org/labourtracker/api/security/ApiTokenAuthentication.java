package org.labourtracker.api.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.User;

/** A caller signed in with a bearer token; remembers which one, so that it can be revoked. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final User user;
    private final long tokenId;

    /** {@code user} must carry no password hash: this object lives for the whole request. */
    ApiTokenAuthentication(User user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public User getPrincipal() {
        return user;
    }

    long tokenId() {
        return tokenId;
    }
}
