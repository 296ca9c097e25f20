package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #15: the map's markers for the Zhanaozen demo data (tracker-api/src/main/resources/demo/zhanaozen.ndjson),
 * whose towns carry their coordinates at settlement precision: Zhanaozen 43.34 N 52.86 E, Aktau 43.65 N
 * 51.17 E, Shetpe 44.16 N 52.12 E. Records known only to the Mangystau Region stand at the mean of those
 * three points, marked approximate; a retracted record (the "martial law" report) is on no map. The demo
 * data alone, in a database of its own: the other page tests add records to theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:web-map;DB_CLOSE_DELAY=-1", "tracker.demo=true"})
class MapTest {

    static final String DISPUTE_2011 = "mangystau-oil-strike-2011";
    static final String DISPUTE_2021 = "zhanaozen-strikes-2021";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;

    Http http;

    @BeforeEach
    void caughtUp() {
        TestUsers.createAll(accounts);
        ReadModels.awaitCaughtUp(eventStore, replays);
        http = new Http(port);
    }

    @Test
    void theStrikeOf2011StandsAtItsThreeTownsAndItsRegion() {
        JsonNode map = read("/api/disputes/" + DISPUTE_2011 + "/map");

        assertThat(markers(map)).containsExactly(
                "Zhanaozen, Mangystau Region, KZ at 43.34 52.86 SETTLEMENT: 28 records",
                "Aktau, Mangystau Region, KZ at 43.65 51.17 SETTLEMENT: 10 records",
                "Mangystau Region, Mangystau Region, KZ at 43.7167 52.05 REGION approximate: 8 records",
                "Shetpe, Mangystau Region, KZ at 44.16 52.12 SETTLEMENT: 4 records");
        assertThat(map.path("unplaced").asInt()).isZero();
    }

    @Test
    void theOverviewMapHasBothDisputesEachAtItsOwnPlaces() {
        JsonNode map = read("/api/overview/map");

        assertThat(disputesAndPlaces(map)).containsExactly(DISPUTE_2011 + " Zhanaozen 28", DISPUTE_2021 + " Zhanaozen 21",
                DISPUTE_2011 + " Aktau 10", DISPUTE_2011 + " Mangystau Region 8", DISPUTE_2011 + " Shetpe 4");
        assertThat(map.at("/markers/1/disputeTitle").asText()).isEqualTo("Zhanaozen oil-service strikes");
    }

    @Test
    void theOverviewMapIsPagedAndFilteredAsTheListOfDisputes() {
        JsonNode first = read("/api/overview/map?limit=1");
        assertThat(disputesAndPlaces(first)).containsExactly(DISPUTE_2011 + " Zhanaozen 28",
                DISPUTE_2011 + " Aktau 10", DISPUTE_2011 + " Mangystau Region 8", DISPUTE_2011 + " Shetpe 4");
        assertThat(first.path("next").isTextual()).as("a cursor to the next page").isTrue();

        JsonNode second = read("/api/overview/map?limit=1&after=" + first.path("next").asText());
        assertThat(disputesAndPlaces(second)).containsExactly(DISPUTE_2021 + " Zhanaozen 21");
        assertThat(second.path("next").isTextual()).as("the last page's cursor").isFalse();

        assertThat(disputesAndPlaces(read("/api/overview/map?from=2021-01-01")))
                .containsExactly(DISPUTE_2021 + " Zhanaozen 21");
        assertThat(disputesAndPlaces(read("/api/overview/map?employer=no+such+employer"))).isEmpty();
        for (String wrong : List.of("limit=0", "limit=201", "after=a")) {
            Http.Response refused = http.get("/api/overview/map?" + wrong, TestUsers.basic(Role.VIEWER));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).as(wrong).isEqualTo(wrong.substring(0, wrong.indexOf('=')));
        }
    }

    @Test
    void anUnknownDisputeHasNoMap() {
        Http.Response answer = http.get("/api/disputes/no-such-dispute/map", TestUsers.basic(Role.VIEWER));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("field").asText()).isEqualTo("disputeId");
    }

    private JsonNode read(String path) {
        Http.Response answer = http.get(path, TestUsers.basic(Role.VIEWER));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> disputesAndPlaces(JsonNode map) {
        List<String> disputes = new ArrayList<>();
        map.path("markers").forEach(marker -> disputes.add(marker.path("disputeId").asText() + " "
                + marker.path("place").asText() + " " + marker.path("records").asInt()));
        return disputes;
    }

    static List<String> markers(JsonNode map) {
        List<String> markers = new ArrayList<>();
        map.path("markers").forEach(marker -> markers.add(marker.path("place").asText() + ", "
                + marker.path("region").asText() + ", " + marker.path("country").asText() + " at "
                + marker.path("latitude").asDouble() + " " + marker.path("longitude").asDouble() + " "
                + marker.path("precision").asText() + (marker.path("approximate").asBoolean() ? " approximate" : "")
                + ": " + marker.path("records").asInt() + " records"));
        return markers;
    }
}
