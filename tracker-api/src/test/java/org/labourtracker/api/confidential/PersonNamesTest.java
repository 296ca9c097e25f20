package org.labourtracker.api.confidential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.RecordTable.NamedPerson;
import org.labourtracker.projections.people.PeopleStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The confidential names come from one row per name a stream gives a person, not from every record:
 * a record that repeats a known name leaves the read model's change mark as it was (so nothing is
 * derived again), a new spelling changes it, and the rows can be derived again from the records (what
 * the migration does for a database made before the rows existed). The person is Roza Tuletayeva,
 * held after the Zhanaozen events and sentenced to seven years in the Aktau trial (Eurasianet, 4 June
 * 2012), here marked confidential as a witness would be; "Rosa" and "Roza" are both used for her in
 * English-language reporting. The repeated detention records are the test's.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:person-names;DB_CLOSE_DELAY=-1")
public class PersonNamesTest {

    static final String DISPUTE = "names-zhanaozen";
    public static final Source EURASIANET = new Source("Eurasianet", "Kazakhstan: New Zhanaozen Verdicts Cause Shoes to Fly",
            "https://eurasianet.org/kazakhstan-new-zhanaozen-verdicts-cause-shoes-to-fly", null, LocalDate.of(2012, 6, 4),
            "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    public static final Evidence EVIDENCE = new Evidence(When.year(2012),
            new Place("Zhanaozen", "Mangystau Region", "KZ", null), List.of(EURASIANET), null);

    @Autowired
    CommandGateway commands;
    @Autowired
    PeopleStore people;
    @Autowired
    ConfidentialNames confidentialNames;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyANewNameOrMarkChangesTheNamesAndTheyCanBeDerivedAgainFromTheRecords() {
        RecordTable table = people.table();
        commands.sendAndWait(new OpenDispute(DISPUTE, "opened", "Oil workers' strike in Zhanaozen", "oil extraction",
                DisputeStatus.ACTIVE, List.of(new Organisation("OzenMunaiGas", List.of())), List.of(), EVIDENCE));
        Person witness = new Person("tuletayeva", "Roza Tuletayeva", PersonRole.WORKER, true);
        detain("held-1", witness);
        await().atMost(Duration.ofSeconds(30)).until(() -> table.namedPeople().size() == 1);
        String mark = table.changeMark();
        assertThat(confidentialNames.current().replacements()).containsKeys("Roza Tuletayeva", "tuletayeva");

        detain("held-2", witness);
        await().atMost(Duration.ofSeconds(30)).until(() -> table.find(DISPUTE, "held-2").isPresent());
        assertThat(table.changeMark()).isEqualTo(mark);

        detain("held-3", new Person("tuletayeva", "Rosa Tuletayeva", PersonRole.WORKER, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> table.namedPeople().size() == 2);
        assertThat(table.changeMark()).isNotEqualTo(mark);
        assertThat(table.namedPeople()).containsExactlyInAnyOrder(
                new NamedPerson(DISPUTE, DISPUTE, "tuletayeva", "Roza Tuletayeva", true),
                new NamedPerson(DISPUTE, DISPUTE, "tuletayeva", "Rosa Tuletayeva", false));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                confidentialNames.current().replacements().containsKey("Rosa Tuletayeva"));

        jdbc.update("DELETE FROM rm_store_name");
        RecordTable.nameRowsFromRecords(jdbc, RecordProjection.TABLES, "");
        // derived as for tables made before the names kept their dispute, which migration 23 then adds
        assertThat(table.namedPeople()).containsExactlyInAnyOrder(
                new NamedPerson(DISPUTE, null, "tuletayeva", "Roza Tuletayeva", true),
                new NamedPerson(DISPUTE, null, "tuletayeva", "Rosa Tuletayeva", false));
    }

    private void detain(String recordId, Person person) {
        commands.sendAndWait(new ReportDetentions(DISPUTE, recordId, "Held before the Aktau trial",
                DetentionKind.DETAINED, List.of(Claim.of(EURASIANET, 1, 1, 1, null)), List.of(person), EVIDENCE));
    }
}
