package org.labourtracker.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.ZhanaozenInWords.DAULBAYEV;
import static org.labourtracker.ZhanaozenInWords.EMERGENCY_DECLARED;
import static org.labourtracker.ZhanaozenInWords.HOOLIGANS_BLAMED;
import static org.labourtracker.ZhanaozenInWords.NAZARBAYEV;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;

/**
 * People named on any record, not only on casualties, detentions and cases: the prosecutor general
 * on the state's account of the unrest, the president on his decree (WSWS, 19 December 2011). They
 * are the record's people like any other: confidentiality can be changed for them.
 */
class PeopleOnAnyRecordTest {

    private static final StateActionRecorded BLAMED = new StateActionRecorded(DISPUTE_ID, "hooligans-blamed",
            StateActionKind.OTHER, "Prosecutor General of Kazakhstan", null, HOOLIGANS_BLAMED.evidence());

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    @Test
    void theProsecutorGeneralIsNamedAsAnOfficialOnTheStatesAccount() {
        fixture.given(DISPUTE_OPENED)
                .when(HOOLIGANS_BLAMED)
                .expectEvents(BLAMED);
        assertThat(BLAMED.people()).containsExactly(DAULBAYEV);
    }

    @Test
    void thePresidentIsNamedOnHisDecree() {
        fixture.given(DISPUTE_OPENED)
                .when(EMERGENCY_DECLARED)
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "emergency-declared",
                        StateActionKind.STATE_OF_EMERGENCY, "President of Kazakhstan", null,
                        EMERGENCY_DECLARED.evidence()));
        assertThat(EMERGENCY_DECLARED.evidence().people()).extracting(Person::role)
                .containsExactly(PersonRole.POLITICIAN);
        assertThat(EMERGENCY_DECLARED.evidence().people()).containsExactly(NAZARBAYEV);
    }

    @Test
    void aPersonIsNamedOnceOnARecord() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "hooligans-blamed", StateActionKind.OTHER,
                        "Prosecutor General of Kazakhstan", HOOLIGANS_BLAMED.evidence().naming(List.of(DAULBAYEV,
                        new Person(DAULBAYEV.id(), "A. Daulbayev", PersonRole.OFFICIAL, false)))))
                .expectException(rejectedAt("evidence.people"))
                .expectNoEvents();
    }

    @Test
    void aNamedPersonNeedsARole() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "hooligans-blamed", StateActionKind.OTHER,
                        "Prosecutor General of Kazakhstan", HOOLIGANS_BLAMED.evidence().naming(List.of(
                        new Person(DAULBAYEV.id(), DAULBAYEV.name(), null, false)))))
                .expectException(rejectedAt("evidence.people[0].role"))
                .expectNoEvents();
    }

    @Test
    void anOfficialNamedOnlyOnAStateActionCanBeMadeConfidential() {
        fixture.given(DISPUTE_OPENED, BLAMED)
                .when(new ChangeConfidentiality(DISPUTE_ID, "daulbayev-hidden", DAULBAYEV.id(), true,
                        "Withheld while the source that names him is checked"))
                .expectEvents(new ConfidentialityChanged(DISPUTE_ID, "daulbayev-hidden", DAULBAYEV.id(), true,
                        "Withheld while the source that names him is checked"));
        fixture.given(DISPUTE_OPENED)
                .when(new ChangeConfidentiality(DISPUTE_ID, "daulbayev-hidden", DAULBAYEV.id(), true,
                        "Withheld while the source that names him is checked"))
                .expectException(notFoundAt("personId"))
                .expectNoEvents();
    }
}
