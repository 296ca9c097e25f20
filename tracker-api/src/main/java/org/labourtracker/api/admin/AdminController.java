package org.labourtracker.api.admin;

import java.util.List;

import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.admin.DeadLetterService;
import org.labourtracker.projections.admin.DeadLetterView;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the read side: rebuild a read model from the event store and watch its
 * progress (the service keeps answering meanwhile), and list and retry dead letters.
 */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    private final ReplayService replays;
    private final DeadLetterService deadLetters;

    AdminController(ReplayService replays, DeadLetterService deadLetters) {
        this.replays = replays;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/read-models")
    List<ReplayProgress> readModels() {
        return replays.progress();
    }

    @GetMapping("/read-models/{name}")
    ReplayProgress readModel(@PathVariable String name) {
        return replays.progress(known(name));
    }

    /** Starts a rebuild and answers at once, 202 with the first progress report; poll the read model. */
    @PostMapping("/read-models/{name}/rebuild")
    ResponseEntity<ReplayProgress> rebuild(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/admin/read-models/" + name)
                .body(replays.rebuild(known(name)));
    }

    @GetMapping("/dead-letters")
    List<DeadLetterView> deadLetters(@RequestParam(required = false) String readModel) {
        return readModel == null ? deadLetters.deadLetters() : deadLetters.deadLetters(known(readModel));
    }

    record Retried(String readModel, int retried, long remaining) {
    }

    /** Retries the read model's dead letters: all of them, or the sequence headed by one message. */
    @PostMapping("/dead-letters/{readModel}/retry")
    Retried retry(@PathVariable String readModel, @RequestParam(required = false) String messageIdentifier) {
        String group = known(readModel);
        int retried = messageIdentifier == null ? deadLetters.retryAll(group)
                : (deadLetters.retry(group, messageIdentifier) ? 1 : 0);
        return new Retried(group, retried, deadLetters.size(group));
    }

    private String known(String name) {
        if (!replays.readModels().contains(name)) {
            throw new StreamNotFound("name", "is not a read model; one of " + replays.readModels());
        }
        return name;
    }
}
