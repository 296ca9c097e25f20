package org.labourtracker.projections.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EMANCIPATION;
import static org.labourtracker.projections.Mangystau.TODAY;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * An employer's and a union's part in the Mangystau and KMG-Security disputes (see {@link Mangystau}
 * for the sources).
 */
class OrganisationsTest {

    final Mangystau strike = Mangystau.strike();
    final Mangystau guards = Mangystau.securityGuardsStrike();

    OrganisationRecord organisation(String name) {
        return Organisations.of(name, List.of(strike.summary(TODAY), guards.summary(TODAY)),
                disputeId -> disputeId.equals(DISPUTE) ? strike.timeline() : guards.timeline());
    }

    @Test
    void anEmployerThatJoinedHasThatRecordAndTheStrikesAtIt() {
        OrganisationRecord uzen = organisation("UzenMunayGas");

        assertThat(uzen.disputes()).extracting(OrganisationInDispute::disputeId, OrganisationInDispute::title,
                        OrganisationInDispute::side, OrganisationInDispute::owners, OrganisationInDispute::status)
                .containsExactly(tuple(DISPUTE, "Mangystau oil workers' strike", PartySide.EMPLOYER,
                        List.of("KazMunayGas"), DisputeStatus.ACTIVE));
        assertThat(uzen.disputes().get(0).records()).extracting(TimelineEntry::recordId)
                .containsExactly("party-uzen", "strike-uzen");
    }

    @Test
    void anEmployerNamedAtTheOpeningHasTheOpeningAndItsStrike() {
        assertThat(organisation("KarazhanbasMunai").disputes().get(0).records()).extracting(TimelineEntry::recordId)
                .containsExactly("open", "strike-karazhanbas");
        assertThat(organisation("KMG-Security").disputes()).extracting(OrganisationInDispute::disputeId,
                        OrganisationInDispute::status)
                .containsExactly(tuple("kmg-security-strike-2021", DisputeStatus.SETTLED));
    }

    @Test
    void aUnionHasTheRecordThatNamedIt() {
        OrganisationRecord union = organisation(Mangystau.KARAZHANBASMUNAI_UNION.name());

        assertThat(union.disputes()).extracting(OrganisationInDispute::side).containsExactly(PartySide.UNION);
        assertThat(union.disputes().get(0).records()).extracting(TimelineEntry::recordId).containsExactly("open");
    }

    @Test
    void aNameNoDisputeGivesHasNoRecord() {
        assertThat(organisation("Uzenmunaygas")).isNull();
        assertThat(organisation("KazMunayGas")).isNull();
    }

    @Test
    void anEmployerPartyToTwoDisputesHasItsPartInEach() {
        // Emancipation: the 2021 strikes "broke out at enterprises serving the state-owned Ozenmunaigaz"
        // (UzenMunayGas); entered as a party to the guards' strike too (supposed)
        Mangystau guardsAndClient = Mangystau.securityGuardsStrike()
                .add(new PartyJoined("kmg-security-strike-2021", "party-uzen", PartySide.EMPLOYER,
                        Mangystau.UZENMUNAYGAS, evidence(When.month(2021, 6), ZHANAOZEN, EMANCIPATION)));

        OrganisationRecord uzen = Organisations.of("UzenMunayGas",
                List.of(strike.summary(TODAY), guardsAndClient.summary(TODAY)),
                disputeId -> disputeId.equals(DISPUTE) ? strike.timeline() : guardsAndClient.timeline());

        assertThat(uzen.disputes()).extracting(OrganisationInDispute::disputeId, OrganisationInDispute::status,
                        part -> part.records().stream().map(TimelineEntry::recordId).toList())
                .containsExactly(
                        tuple(DISPUTE, DisputeStatus.ACTIVE, List.of("party-uzen", "strike-uzen")),
                        tuple("kmg-security-strike-2021", DisputeStatus.SETTLED, List.of("party-uzen")));
    }

    @Test
    void aDisputeWhoseTimelineIsNotInYetListsThePartWithoutRecords() {
        OrganisationRecord uzen = Organisations.of("UzenMunayGas", List.of(strike.summary(TODAY)), disputeId -> null);

        assertThat(uzen.disputes()).singleElement().satisfies(part -> {
            assertThat(part.owners()).containsExactly("KazMunayGas");
            assertThat(part.records()).isEmpty();
        });
    }
}
