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
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * An employer's and a union's part in the Mangystau and KMG-Security disputes (see {@link Mangystau}
 * for the sources).
 */
class OrganisationsTest {

    final Mangystau strike = Mangystau.strike();
    final Mangystau guards = Mangystau.securityGuardsStrike();

    /** The organisation's parts in the dispute, with every record of its timeline that names it. */
    static List<OrganisationInDispute> parts(String name, Mangystau dispute) {
        DisputeSummary summary = dispute.summary(TODAY);
        return Organisations.sides(name, summary).stream()
                .map(side -> Organisations.part(summary, side, dispute.timeline().entries().stream()
                        .filter(entry -> Organisations.names(entry, summary.disputeId(), side.party())).toList(), false))
                .toList();
    }

    static List<String> recordIds(OrganisationInDispute part) {
        return part.records().stream().map(TimelineEntry::recordId).toList();
    }

    @Test
    void anEmployerThatJoinedHasThatRecordAndTheStrikesAtIt() {
        assertThat(parts("UzenMunayGas", strike)).extracting(OrganisationInDispute::disputeId,
                        OrganisationInDispute::title, OrganisationInDispute::side, OrganisationInDispute::owners,
                        OrganisationInDispute::status, OrganisationsTest::recordIds)
                .containsExactly(tuple(DISPUTE, "Mangystau oil workers' strike", PartySide.EMPLOYER,
                        List.of("KazMunayGas"), DisputeStatus.ACTIVE, List.of("party-uzen", "strike-uzen")));
        assertThat(parts("UzenMunayGas", guards)).isEmpty();
    }

    @Test
    void anEmployerNamedAtTheOpeningHasTheOpeningAndItsStrike() {
        assertThat(parts("KarazhanbasMunai", strike)).extracting(OrganisationsTest::recordIds)
                .containsExactly(List.of("open", "strike-karazhanbas"));
        assertThat(parts("KMG-Security", guards)).extracting(OrganisationInDispute::disputeId,
                        OrganisationInDispute::status)
                .containsExactly(tuple("kmg-security-strike-2021", DisputeStatus.SETTLED));
    }

    @Test
    void aUnionHasTheRecordThatNamedIt() {
        assertThat(parts(Mangystau.KARAZHANBASMUNAI_UNION.name(), strike))
                .extracting(OrganisationInDispute::side, OrganisationsTest::recordIds)
                .containsExactly(tuple(PartySide.UNION, List.of("open")));
    }

    @Test
    void onlyTheExactNameMakesAParty() {
        // spelled otherwise, or the owner of a party rather than a party
        assertThat(parts("Uzenmunaygas", strike)).isEmpty();
        assertThat(parts("KazMunayGas", strike)).isEmpty();
    }

    @Test
    void anEmployerPartyToTwoDisputesHasItsPartInEach() {
        // Emancipation: the 2021 strikes "broke out at enterprises serving the state-owned Ozenmunaigaz"
        // (UzenMunayGas); entered as a party to the guards' strike too (supposed)
        Mangystau guardsAndClient = Mangystau.securityGuardsStrike()
                .add(new PartyJoined("kmg-security-strike-2021", "party-uzen", PartySide.EMPLOYER,
                        Mangystau.UZENMUNAYGAS, evidence(When.month(2021, 6), ZHANAOZEN, EMANCIPATION)));

        assertThat(parts("UzenMunayGas", guardsAndClient)).extracting(OrganisationInDispute::disputeId,
                        OrganisationInDispute::status, OrganisationsTest::recordIds)
                .containsExactly(tuple("kmg-security-strike-2021", DisputeStatus.SETTLED, List.of("party-uzen")));
    }
}
