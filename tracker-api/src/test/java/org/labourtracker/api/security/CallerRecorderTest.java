package org.labourtracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.recording.Recorder;
import org.labourtracker.api.recording.RecordingMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The recorder in event metadata is the signed-in user; without one, the application itself. */
@SecurityTest
class CallerRecorderTest {

    @Autowired
    Recorder recorder;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInCallerIsTheRecorderOfWhatTheyRecord() {
        signIn("monitor-almaty");

        commands.sendAndWait(ZhanaozenCase.commands().get(0));

        List<? extends DomainEventMessage<?>> stream = events.readEvents(ZhanaozenCase.DISPUTE).asStream().toList();
        assertThat(stream).isNotEmpty().allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(RecordingMetadata.RECORDED_BY, "monitor-almaty"));
    }

    @Test
    void withoutACallerTheConfiguredDefaultRecords() {
        assertThat(recorder.current()).isEqualTo("local-monitor");

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(recorder.current()).isEqualTo("local-monitor");
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(Role.MONITOR.authority())));
    }
}
