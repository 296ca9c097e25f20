package org.labourtracker.api.recording;

import java.net.URI;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.problem.Utf8;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * Monitors record here. {@code POST /api/disputes} and {@code POST /api/cases} open a stream;
 * {@code POST /api/{disputes|cases|streams}/{id}/{kind}} adds a record of that kind (see
 * {@link RecordKinds}). Answers 201 with the stream's new version as ETag.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class RecordingController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Recording recording;

    RecordingController(Recording recording) {
        this.recording = recording;
    }

    /** Opens a dispute with its first sources; answers 201 with the stream's version 0 and its Location. */
    @PostMapping("/disputes")
    ResponseEntity<Recorded> openDispute(@RequestBody(required = false) byte[] body,
                                         @Parameter(description = "the record id, when the body has none; a retry with the same key records once")
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key)
            throws JsonProcessingException {
        return created(RecordKinds.DISPUTES, recording.record(RecordKinds.DISPUTES, null,
                RecordKinds.DISPUTES.opening, text(body), key, null));
    }

    /** Opens a legal case in a dispute's legal track; answers 201 with the stream's version 0 and its Location. */
    @PostMapping("/cases")
    ResponseEntity<Recorded> openCase(@RequestBody(required = false) byte[] body,
                                      @Parameter(description = "the record id, when the body has none; a retry with the same key records once")
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key)
            throws JsonProcessingException {
        return created(RecordKinds.CASES, recording.record(RecordKinds.CASES, null, RecordKinds.CASES.opening,
                text(body), key, null));
    }

    @PostMapping("/{stream:disputes|cases|streams}/{id}/{kind}")
    ResponseEntity<Recorded> record(@PathVariable String stream, @PathVariable String id, @PathVariable String kind,
                                    @RequestBody(required = false) byte[] body,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch)
            throws JsonProcessingException {
        RecordKinds streams = RecordKinds.of(stream)
                .orElseThrow(() -> new StreamNotFound("stream", "is not one of disputes, cases, streams"));
        Class<?> command = streams.command(kind).orElseThrow(() -> new StreamNotFound("kind",
                "is not a kind of record for " + stream + "; one of " + streams.kinds.keySet()));
        return created(streams, recording.record(streams, id, command, text(body), key, version(ifMatch)));
    }

    private static ResponseEntity<Recorded> created(RecordKinds stream, Recorded recorded) {
        String home = stream == RecordKinds.STREAMS ? "/api/audit/streams/" : "/api/" + stream.path + "/";
        return ResponseEntity.created(URI.create(home + recorded.streamId()))
                .eTag(Long.toString(recorded.version()))
                .body(recorded);
    }

    private static String text(byte[] body) {
        return body == null ? null : Utf8.decode(body, "body");
    }

    /** {@code If-Match: "7"} (or 7): the version of the stream the client last saw. */
    private static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match", "must be a stream version as given in an ETag, such as \"7\"");
        }
    }
}
