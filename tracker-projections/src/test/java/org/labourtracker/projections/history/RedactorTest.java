package org.labourtracker.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.Mangystau;

/** Who a reader may see among the people and sources of the Mangystau records (see {@link Mangystau}). */
class RedactorTest {

    /** WSWS: Zhaksylyk Turbayev, trade union activist, "murdered at his workplace by hired thugs" in August 2011. */
    static final Person TURBAYEV = new Person("zhaksylyk-turbayev", "Zhaksylyk Turbayev", PersonRole.ACTIVIST, false);
    /** Supposed, not reported: two strikers among the "hundreds of arrests" in Aktau in June, names withheld. */
    static final Person FIRST_STRIKER = new Person("aktau-striker", "Yerlan K.", PersonRole.WORKER, true);
    static final Person SECOND_STRIKER = new Person("aktau-striker-2", "Nurlan S.", PersonRole.WORKER, true);
    /** The blog's "journalists at the scene", entered as one who asked not to be named (supposed). */
    static final Source JOURNALIST = new Source("A journalist in Zhanaozen", "Conversation with the monitor", null,
            null, LocalDate.of(2011, 12, 17), "ru", SourceKind.WITNESS, Reliability.CANNOT_BE_JUDGED, true);

    /** The second striker's arrest is recorded first, the first striker's after. */
    static Mangystau arrests() {
        return Mangystau.strike()
                .add(new DetentionsReported(DISPUTE, "arrest-2", "Aktau demonstration, June 2011", DetentionKind.ARRESTED,
                        List.of(), List.of(SECOND_STRIKER), evidence(When.month(2011, 6), AKTAU, WSWS)))
                .add(new DetentionsReported(DISPUTE, "arrest-1", "Aktau demonstration, June 2011", DetentionKind.ARRESTED,
                        List.of(), List.of(FIRST_STRIKER), evidence(When.month(2011, 6), AKTAU, WSWS)))
                .add(new CasualtiesReported(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev",
                        CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "murdered")), List.of(TURBAYEV),
                        evidence(When.month(2011, 8), ZHANAOZEN, WSWS)));
    }

    @Test
    void aReaderWithoutTheRightSeesAConfidentialPersonByPseudonymWithTheirRoleOnly() {
        assertThat(arrests().redactor(false).person(FIRST_STRIKER))
                .isEqualTo(new Person("confidential-2", Redactor.HIDDEN, PersonRole.WORKER, true));
    }

    @Test
    void aReaderWithTheRightSeesTheNameMarkedConfidential() {
        Redactor redactor = arrests().redactor(true);

        assertThat(redactor.person(FIRST_STRIKER)).isEqualTo(FIRST_STRIKER);
        assertThat(redactor.personId(FIRST_STRIKER.id())).isEqualTo(FIRST_STRIKER.id());
        assertThat(redactor.isConfidential(FIRST_STRIKER.id())).isTrue();
        assertThat(redactor.hides(FIRST_STRIKER.id())).isFalse();
    }

    @Test
    void pseudonymsAreNumberedInTheOrderPeopleWereFirstRecordedWhateverIsAskedFirst() {
        Redactor redactor = arrests().redactor(false);

        assertThat(redactor.personIds(List.of(FIRST_STRIKER.id(), SECOND_STRIKER.id(), TURBAYEV.id())))
                .containsExactly("confidential-2", "confidential-1", TURBAYEV.id());
    }

    @Test
    void aPersonMadeConfidentialAfterBeingNamedOpenlyIsHiddenInEveryMention() {
        // kept from the public record to protect his family, as a monitor might decide
        Redactor redactor = arrests().edit(new ConfidentialityChanged(DISPUTE, "turbayev-hidden", TURBAYEV.id(), true,
                "To protect his family")).redactor(false);

        assertThat(redactor.person(TURBAYEV)).isEqualTo(
                new Person("confidential-3", Redactor.HIDDEN, PersonRole.ACTIVIST, true));
    }

    @Test
    void aConfidentialityChangeLiftsTheFlagOfEveryMentionInItsStream() {
        Redactor redactor = arrests().edit(new ConfidentialityChanged(DISPUTE, "striker-named", FIRST_STRIKER.id(),
                false, "He spoke to the press under his name")).redactor(false);

        assertThat(redactor.person(FIRST_STRIKER))
                .isEqualTo(new Person(FIRST_STRIKER.id(), "Yerlan K.", PersonRole.WORKER, false));
        assertThat(redactor.personId(SECOND_STRIKER.id())).isEqualTo("confidential-1");
    }

    @Test
    void aPersonConfidentialInOneStreamIsHiddenInEveryStreamOfTheView() {
        // the case names him without the flag; the dispute's arrest record keeps it
        Person named = new Person(FIRST_STRIKER.id(), "Yerlan K.", PersonRole.WORKER, false);
        Redactor redactor = arrests().add(new CaseOpened("case-aktau-striker", "case-opened", DISPUTE,
                "Prosecution of an Aktau striker", null, null, List.of(new Defendant(named, true)), List.of(), 0,
                evidence(When.day(2011, 6, 20), AKTAU, WSWS))).redactor(false);

        assertThat(redactor.person(named)).isEqualTo(
                new Person("confidential-2", Redactor.HIDDEN, PersonRole.WORKER, true));
    }

    @Test
    void aConfidentialSourceShowsOnlyItsKindAndReliabilityAndItsFigureStays() {
        Redactor hidden = arrests().redactor(false);
        Claim scores = Claim.of(JOURNALIST, 40, null, null, "scores of people gunned down");

        assertThat(hidden.claim(scores)).isEqualTo(Claim.of(new Source(Redactor.HIDDEN, null, null, null, null, null,
                SourceKind.WITNESS, Reliability.CANNOT_BE_JUDGED, true), 40, null, null, "scores of people gunned down"));
        assertThat(hidden.source(WSWS)).isEqualTo(WSWS);
        assertThat(arrests().redactor(true).claim(scores)).isEqualTo(scores);
    }
}
