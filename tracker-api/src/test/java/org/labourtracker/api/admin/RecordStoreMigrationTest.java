package org.labourtracker.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.api.confidential.PersonNamesTest.EURASIANET;
import static org.labourtracker.api.confidential.PersonNamesTest.EVIDENCE;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.projections.history.Json;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.RecordTable.NamedPerson;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.summary.KeptSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A database made before the one record store, when five read models each kept tables of records,
 * is migrated without losing what its readers saw: the timeline's records (it kept every one) become
 * the store's, every name they give a person is there from the first start (confidential names are
 * masked with them), the timeline's position and parked events become the store processor's, and the
 * other four read models' tables, positions and parked events are gone. The person is Roza
 * Tuletayeva, sentenced to seven years in the Aktau trial (Eurasianet, 4 June 2012), marked
 * confidential here as a witness would be.
 */
class RecordStoreMigrationTest {

    static final String DISPUTE = "zhanaozen-2011";
    static final List<String> OLD_READ_MODELS = List.of("summary", "timeline", "figures", "people", "overview");

    @Test
    void theTimelinesRecordsBecomeTheStoreWithEveryNameAndTheOtherReadModelsAreGone() throws Exception {
        DataSource database = new DriverManagerDataSource("jdbc:h2:mem:record-store-migration;DB_CLOSE_DELAY=-1",
                "sa", "");
        JavaMigration personNames = personNamesMigration();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/h2").javaMigrations(personNames)
                .target("14").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        List<StreamEvent> events = List.of(
                new StreamEvent(DISPUTE, 0, Instant.parse("2012-06-05T08:00:00Z"), "monitor",
                        new DisputeOpened(DISPUTE, "opened", "Oil workers' strike in Zhanaozen", "oil extraction",
                                DisputeStatus.ACTIVE, List.of(new Organisation("OzenMunaiGas", List.of())), List.of(),
                                EVIDENCE)),
                new StreamEvent(DISPUTE, 1, Instant.parse("2012-06-05T08:05:00Z"), "monitor",
                        new DetentionsReported(DISPUTE, "held", "Held before the Aktau trial", DetentionKind.DETAINED,
                                List.of(Claim.of(EURASIANET, 1, 1, 1, null)),
                                List.of(new Person("tuletayeva", "Roza Tuletayeva", PersonRole.WORKER, true)), EVIDENCE)));
        // today's fold asks which set of tables to write (a column of V16), counts records per period (a
        // column of the streams, V21) and notes each name's dispute (V23): given for it, taken away after
        jdbc.update("ALTER TABLE rm_serving ADD COLUMN rebuilding BOOLEAN DEFAULT FALSE NOT NULL");
        for (String readModel : OLD_READ_MODELS) {
            jdbc.update("ALTER TABLE rm_" + readModel + "_stream ADD COLUMN periods VARCHAR(1000)");
            jdbc.update("ALTER TABLE rm_" + readModel + "_name ADD COLUMN dispute_id VARCHAR(100)");
        }
        RecordTable timeline = new RecordTable(jdbc, "rm_timeline");
        for (String readModel : OLD_READ_MODELS) {
            RecordTable old = new RecordTable(jdbc, "rm_" + readModel);
            events.forEach(event -> RecordFold.apply(event, old));
            jdbc.update("INSERT INTO token_entry (processor_name, segment, timestamp) VALUES (?, 0, '2012-06-05T08:05:00Z')",
                    "dispute-" + readModel);
            jdbc.update("INSERT INTO dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                            + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, "
                            + "enqueued_at) VALUES (?, ?, ?, 0, 'event', ?, '2012-06-05T08:05:00Z', 'DetentionsReported', "
                            + "X'7B7D', CURRENT_TIMESTAMP)",
                    "letter-" + readModel, "dispute-" + readModel, DISPUTE, "event-" + readModel);
        }
        StoredRecord held = timeline.find(DISPUTE, "held").orElseThrow();
        jdbc.update("DELETE FROM rm_timeline_name");
        jdbc.update("ALTER TABLE rm_serving DROP COLUMN rebuilding");
        for (String readModel : OLD_READ_MODELS) {
            jdbc.update("ALTER TABLE rm_" + readModel + "_stream DROP COLUMN periods");
            jdbc.update("ALTER TABLE rm_" + readModel + "_name DROP COLUMN dispute_id");
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration/h2")
                .javaMigrations(personNames, new RecordStoreMigration(), new OverviewTablesMigration(),
                        new PlaceTableMigration(), new KeptSummaryMigration(), new PeriodsInStreamsMigration(),
                        new TotalsInBriefsMigration(), new DisputesInNamesMigration(), new PlacesInStreamsMigration())
                .load().migrate();

        RecordTable store = new RecordTable(jdbc, RecordProjection.TABLES);
        assertThat(store.find(DISPUTE, "held")).contains(held);
        assertThat(store.find(DISPUTE, "opened")).isPresent();
        // the name migrated from the records (V15) knows its dispute from its stream's row (V23)
        assertThat(store.namedPeople()).containsExactly(
                new NamedPerson(DISPUTE, DISPUTE, "tuletayeva", "Roza Tuletayeva", true));
        assertThat(store.disputesOf("tuletayeva")).containsExactly(DISPUTE);
        assertThat(jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE LOWER(table_name) LIKE 'rm\\_%' ORDER BY 1", String.class))
                .containsExactly("rm_serving", "rm_store_brief", "rm_store_brief_aside", "rm_store_listed",
                        "rm_store_listed_aside", "rm_store_name",
                        "rm_store_name_aside", "rm_store_party", "rm_store_party_aside", "rm_store_person", "rm_store_person_aside", "rm_store_point",
                        "rm_store_point_aside", "rm_store_record",
                        "rm_store_record_aside", "rm_store_stale", "rm_store_stale_aside", "rm_store_stream",
                        "rm_store_stream_aside");
        // the views kept beside the records are filled from the records migrated (V24)
        assertThat(jdbc.queryForList("SELECT dispute_id || ' ' || status FROM rm_store_brief", String.class))
                .containsExactly(DISPUTE + " ACTIVE");
        KeptSummary kept = Json.value(jdbc.queryForObject("SELECT summary FROM rm_store_brief", String.class),
                new TypeReference<KeptSummary>() {
                });
        assertThat(kept.summary().title()).isEqualTo("Oil workers' strike in Zhanaozen");
        assertThat(kept.summary().employerNames()).containsExactly("OzenMunaiGas");
        assertThat(jdbc.queryForList("SELECT side || ' ' || name FROM rm_store_party", String.class))
                .containsExactly("EMPLOYER OzenMunaiGas");
        // the share of the detained total, as arrays: no official figure, one independent part of exactly 1
        assertThat(jdbc.queryForObject("SELECT totals FROM rm_store_brief", String.class)).isEqualTo(
                "[[\"DETAINED\",null,[null,null,0,0,0,false,false,false],[1,1,1,0,0,false,false,false],1]]");
        assertThat(jdbc.queryForList("SELECT dispute_id FROM rm_store_listed", String.class)).containsExactly(DISPUTE);
        // both records happened in 2012, known to the year (V21)
        assertThat(jdbc.queryForList("SELECT stream_id || ' ' || periods FROM rm_store_stream", String.class))
                .containsExactly(DISPUTE + " {\"2012\":2}");
        // and both stand in Zhanaozen, known without coordinates, so the dispute counts no point (V24)
        assertThat(jdbc.queryForList("SELECT stream_id || ' ' || places FROM rm_store_stream", String.class))
                .containsExactly(DISPUTE + " [[\"Zhanaozen\",\"Mangystau Region\",\"KZ\",null,null,null,2]]");
        assertThat(jdbc.queryForList("SELECT dispute_id FROM rm_store_brief WHERE points IS NOT NULL", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT country FROM rm_store_point", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT read_model FROM rm_serving", String.class)).containsExactly("rm_store");
        assertThat(jdbc.queryForList("SELECT processor_name FROM token_entry", String.class))
                .containsExactly(RecordProjection.PROCESSOR);
        assertThat(jdbc.queryForList("SELECT dead_letter_id || ' ' || processing_group FROM dead_letter_entry",
                String.class)).containsExactly("letter-timeline " + RecordProjection.PROCESSOR);
    }

    /** Migration 13, package-private in its own package: made as Flyway would make it. */
    static JavaMigration personNamesMigration() throws ReflectiveOperationException {
        return (JavaMigration) newInstance("org.labourtracker.api.confidential.PersonNamesMigration");
    }

    private static Object newInstance(String className) throws ReflectiveOperationException {
        var constructor = Class.forName(className).getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
