package org.labourtracker.api.security;

import org.labourtracker.api.recording.Recorder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the signed-in caller as recorder. Work the application does on its own (such as an import
 * at start-up) has no caller and is recorded under {@code tracker.recording.default-recorder}.
 */
@Component
class CallerRecorder implements Recorder {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final String applicationRecorder;

    CallerRecorder(@Value("${tracker.recording.default-recorder}") String applicationRecorder) {
        this.applicationRecorder = applicationRecorder;
    }

    @Override
    public String current() {
        Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return trust.isAuthenticated(caller) ? caller.getName() : applicationRecorder;
    }
}
