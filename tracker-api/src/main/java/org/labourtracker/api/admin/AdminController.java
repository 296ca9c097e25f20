package org.labourtracker.api.admin;

import java.util.List;

import org.labourtracker.api.reading.Paging;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

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

    /** Every read model's processor and how far it is: running, replaying, caught up, in error. */
    @GetMapping("/read-models")
    List<ReplayProgress> readModels() {
        return replays.progress();
    }

    /** One read model's processor and how far it is; poll it while a rebuild runs. */
    @GetMapping("/read-models/{name}")
    ReplayProgress readModel(@Parameter(description = "a read model's name, as GET /api/admin/read-models lists them") @PathVariable String name) {
        return replays.progress(known(name));
    }

    /** Starts a rebuild and answers at once, 202 with the first progress report; poll the read model. */
    @PostMapping("/read-models/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ReplayProgress> rebuild(@Parameter(description = "a read model's name, as GET /api/admin/read-models lists them")
                                          @PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/admin/read-models/" + name)
                .body(replays.rebuild(known(name)));
    }

    /**
     * The first {@code limit} events parked in the read models' dead-letter queues (or one read model's),
     * sequence by sequence; a retry answers how many are parked in all.
     */
    @GetMapping("/dead-letters")
    List<DeadLetterView> deadLetters(@Parameter(description = "a read model's name; every read model's letters "
            + "when left out") @RequestParam(required = false) String readModel,
                                     @Parameter(description = "how many letters at most, 1 to " + Paging.MAX_PAGE)
                                     @RequestParam(defaultValue = "100") int limit) {
        Paging.limit(limit);
        return readModel == null ? deadLetters.deadLetters(limit) : deadLetters.deadLetters(known(readModel), limit);
    }

    /**
     * What a retry of dead letters did.
     *
     * @param readModel the read model whose dead letters were retried
     * @param retried   how many sequences of letters were handled successfully this time
     * @param remaining how many letters are still parked after the retry
     */
    record Retried(String readModel, int retried, long remaining) {
    }

    /** Retries the read model's dead letters: all of them, or the sequence headed by one message. */
    @PostMapping("/dead-letters/{readModel}/retry")
    Retried retry(@PathVariable String readModel,
                  @Parameter(description = "the messageIdentifier of a sequence's first letter: that sequence only; "
                          + "every sequence when left out")
                  @RequestParam(required = false) String messageIdentifier) {
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
