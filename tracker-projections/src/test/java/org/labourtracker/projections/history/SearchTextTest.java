package org.labourtracker.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EMANCIPATION;
import static org.labourtracker.projections.Mangystau.EURASIANET;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.Mangystau;

/** The words the Mangystau records are found by, for every reader and as a reader below AUDITOR sees them. */
class SearchTextTest {

    /** WSWS: Zhaksylyk Turbayev "was murdered at his workplace by hired thugs" in August 2011. */
    static final Person TURBAYEV = new Person("zhaksylyk-turbayev", "Zhaksylyk Turbayev", PersonRole.ACTIVIST, false);
    /** Kept from the public record to protect his family, as a monitor would decide. */
    static final Person KARABAYEV = new Person("kurdaibergen-karabayev", "Kurdaibergen Karabayev", PersonRole.RELATIVE,
            true);

    @Test
    void wordsAreLowerCaseWithoutAccentsOrPunctuationBetweenSpaces() {
        assertThat(SearchText.normalise("Özenmunaigas: 18,000 workers' STRIKE")).isEqualTo(" ozenmunaigas 18 000 workers strike ");
        assertThat(SearchText.normalise(" -- ")).isEqualTo(" ");
        assertThat(SearchText.terms("Strike,  strike ZHANAÖZEN")).containsExactly("strike", "zhanaozen");
    }

    @Test
    void textReadInOnePassHasTheWordsTheRegularExpressionsGive() {
        // Kazakh, Russian and Turkish spellings of the case's names, accents, marks, numbers of every kind,
        // dashes and quotes as reports print them, characters beyond 16 bits
        String[] pieces = {"Zhanaozen", "Жаңаөзен", "ЖАҢАӨЗЕН", "Özen", "İzmir", "ıi", "Straße", "ﬁre", "Ǆ", "ǅ",
                "Ångström", "Å", "e\u0301", "\u0301", "\u20DD", "ঁ", "한국", "中国", "½", "²", "Ⅻ", "٣", "—", "’", "«»",
                "ΟΔΟΣ", "Σ.", "𝐀", "😀", "\uD835", " ", "-", "_", "12,000", "KMG's", "\t"};
        Random random = new Random(2011_12_16);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String words = SearchText.wordsByExpressions(text.toString());
            assertThat(SearchText.normalise(text.toString())).as(text.toString())
                    .isEqualTo(words.isEmpty() ? " " : " " + words + " ");
        }
        assertThat(SearchText.normalise("  KMG-Security's 2,000 STRIKERS — at Özen (16.12.2011)!  "))
                .isEqualTo(" kmg security s 2 000 strikers at ozen 16 12 2011 ");
    }

    @Test
    void aTermFindsTheWordsItBegins() {
        String words = SearchText.normalise("Strike spread at UzenMunayGas");
        assertThat(SearchText.matches(words, List.of("strik", "uzenmunaygas"))).isTrue();
        assertThat(SearchText.matches(words, List.of("trike"))).isFalse();
        assertThat(SearchText.matches(words, List.of("strike", "aktau"))).isFalse();
    }

    @Test
    void aRecordIsFoundByItsHeadlinePlaceSourcesAndFiguresWording() {
        StoredRecord strike = record(Mangystau.strike(), "strike-uzen");

        String words = SearchText.of(strike, Map.of());

        assertThat(SearchText.parts(strike, Mangystau.strike().redactor(false), Map.of()).get(0))
                .isEqualTo("Strike spread at UzenMunayGas");
        assertThat(SearchText.matches(words, SearchText.terms("uzenmunaygas zhanaozen mangystau"))).isTrue();
        assertThat(SearchText.matches(words, SearchText.terms("World Socialist www.wsws.org"))).isTrue();
        assertThat(SearchText.matches(words, SearchText.terms("as many as 18,000"))).isTrue();
        assertThat(SearchText.matches(words, SearchText.terms("karazhanbasmunai"))).isFalse();
    }

    @Test
    void aConfidentialNameIsInTheStoredWordsButNotInThoseAReaderBelowAuditorSees() {
        Mangystau strike = Mangystau.strike().add(daughterKilled());
        StoredRecord death = record(strike, "karabayev-daughter");

        assertThat(SearchText.of(death, Map.of())).contains(" kurdaibergen karabayev ");
        assertThat(seen(death, strike.redactor(true))).contains(" kurdaibergen karabayev ");
        assertThat(seen(death, strike.redactor(false))).doesNotContain("karabayev").doesNotContain("kurdaibergen")
                .contains(" confidential ");
    }

    @Test
    void aNameMadeConfidentialAfterTheRecordIsNoLongerSeenBelowAuditor() {
        Mangystau strike = Mangystau.strike().add(turbayevKilled());
        assertThat(seen(record(strike, "turbayev-killed"), strike.redactor(false))).contains(" zhaksylyk turbayev ");

        strike.edit(new ConfidentialityChanged(DISPUTE, "turbayev-confidential", TURBAYEV.id(), true,
                "his family asked"));

        StoredRecord killed = record(strike, "turbayev-killed");
        assertThat(SearchText.of(killed, Map.of())).contains(" zhaksylyk turbayev ");
        // the incident names him in free text, which the redactor leaves and the answer masks
        assertThat(seen(killed, strike.redactor(false))).contains(" murder of zhaksylyk turbayev ");
        assertThat(seen(strike, killed, false)).doesNotContain("turbayev").doesNotContain("zhaksylyk")
                .contains(" murder of ");
        assertThat(seen(strike, killed, true)).contains(" murder of zhaksylyk turbayev ");
    }

    @Test
    void hiddenNamesAreTakenOutAsWholeWordsTheLongestFirst() {
        String words = SearchText.normalise("Aigul Nurbekova spoke to the crowd; Aigul again; Aigulnur too");

        String seen = SearchText.without(words, List.of("Aigul", "Aigul Nurbekova", "Nurbekova"));

        assertThat(seen).isEqualTo(" spoke to the crowd again aigulnur too ");
        assertThat(SearchText.matches(seen, List.of("nurbekova"))).isFalse();
        assertThat(SearchText.matches(seen, List.of("spoke", "crowd"))).isTrue();
    }

    private static String seen(StoredRecord record, Redactor redactor) {
        return SearchText.normalise(String.join(" ", SearchText.parts(record, redactor, Map.of())));
    }

    private static String seen(Mangystau strike, StoredRecord record, boolean confidentialVisible) {
        Redactor redactor = strike.redactor(confidentialVisible);
        return SearchText.seen(record, redactor, Map.of(), SearchText.hiddenNames(strike.records(), redactor));
    }

    private static StoredRecord record(Mangystau strike, String recordId) {
        return strike.records().stream().filter(r -> r.recordId().equals(recordId)).findFirst().orElseThrow();
    }

    private static CasualtiesReported turbayevKilled() {
        return new CasualtiesReported(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev", CasualtyKind.KILLED,
                List.of(Claim.of(WSWS, 1, 1, 1, "murdered at his workplace by hired thugs")), List.of(TURBAYEV),
                new Evidence(When.month(2011, 8), ZHANAOZEN, List.of(WSWS), null));
    }

    private static CasualtiesReported daughterKilled() {
        return new CasualtiesReported(DISPUTE, "karabayev-daughter", "Death of an activist's 18-year-old daughter",
                CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "the body of the 18-year-old daughter")),
                List.of(KARABAYEV), new Evidence(When.month(2011, 8), ZHANAOZEN, List.of(WSWS), null));
    }

    @Test
    void aDemandsOutcomeIsFoundByTheDemandsWords() {
        // Eurasianet: Sokolova was freed in March 2012, her conviction not quashed
        Mangystau strike = Mangystau.strike().demandOutcome("sokolova-freed", "free-sokolova",
                DemandOutcome.PARTLY_MET, When.month(2012, 3), EURASIANET);
        StoredRecord freed = record(strike, "sokolova-freed");
        Map<String, String> demands = Describe.demandTexts(strike.records());

        String words = SearchText.of(freed, demands);

        assertThat(SearchText.matches(words, SearchText.terms("natalia sokolova partly met"))).isTrue();
        assertThat(SearchText.parts(freed, strike.redactor(false), demands).get(0))
                .isEqualTo("Demand partly met: " + demands.get("free-sokolova"));
        // without the demand's words, only its id (free-sokolova) names her
        assertThat(SearchText.matches(SearchText.of(freed, Map.of()), SearchText.terms("natalia"))).isFalse();
    }

    @Test
    void aCorrectedRecordIsFoundByItsCorrectedWordsOnly() {
        // Emancipation: "more than 17 dead", first mistyped as 7 (supposed), in Aktau rather than Zhanaozen
        Mangystau corrected = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "killed-emancipation", "Zhanaozen massacre", CasualtyKind.KILLED,
                        List.of(Claim.of(EMANCIPATION, 8, null, null, "more than 7 dead")), List.of(),
                        new Evidence(When.month(2011, 12), AKTAU, List.of(EMANCIPATION), null)))
                .edit(new RecordCorrected(DISPUTE, "killed-corrected", "killed-emancipation", "Mistyped",
                        new Correction(null, ZHANAOZEN, null,
                                List.of(Claim.of(EMANCIPATION, 18, null, null, "more than 17 dead")), null)));

        String words = SearchText.of(record(corrected, "killed-emancipation"), Map.of());

        assertThat(SearchText.matches(words, SearchText.terms("more than 17 dead zhanaozen"))).isTrue();
        assertThat(SearchText.matches(words, SearchText.terms("7 dead"))).isFalse();
        assertThat(SearchText.matches(words, SearchText.terms("aktau"))).isFalse();
    }
}
