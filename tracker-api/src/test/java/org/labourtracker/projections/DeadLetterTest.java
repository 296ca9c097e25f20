package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.admin.DeadLetterService;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.admin.DeadLetterView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.TestPropertySource;

/**
 * A handler of the read side fails on one event: the event is parked in the dead-letter queue (with
 * the later event of the same stream, which must wait its turn), everything else is processed, and a
 * retry after the fix processes it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:zhanaozen-dead-letters;DB_CLOSE_DELAY=-1")
class DeadLetterTest extends ReadSideTest {

    static final String FIGURES = RecordProjection.PROCESSOR;
    static final String POISONED = "poisoned-dispute";
    static final AtomicBoolean BROKEN = new AtomicBoolean(true);

    /** A handler in the read side's processor that fails on the record "poison" until it is fixed; it runs first. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ProcessingGroup(FIGURES)
    static class FailingFiguresHandler {
        @EventHandler
        void on(CasualtiesReported event) {
            if (BROKEN.get() && event.recordId().equals("poison")) {
                throw new IllegalStateException("cannot handle " + event.recordId());
            }
        }
    }

    @TestConfiguration
    static class Poison {
        @Bean
        FailingFiguresHandler failingFiguresHandler() {
            return new FailingFiguresHandler();
        }
    }

    @Autowired
    DeadLetterService deadLetters;

    @Test
    void aFailingEventIsParkedTheRestIsProcessedAndARetryAfterTheFixProcessesIt() {
        send(ZhanaozenCase.commands());
        var evidence = ZhanaozenCase.evidence(When.day(2011, 12, 16), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS);
        send(List.of(
                new OpenDispute(POISONED, "open", "A dispute with a poisoned record", "Oil and gas", DisputeStatus.ACTIVE,
                        List.of(), List.of(), evidence),
                new ReportCasualties(POISONED, "poison", "Poisoned incident", CasualtyKind.KILLED,
                        List.of(new Claim(ZhanaozenCase.WSWS, 2, 2, 2, "two")), List.of(), evidence),
                new RecordProtest(POISONED, "after-poison", ProtestKind.DEMONSTRATION,
                        List.of(new Claim(ZhanaozenCase.WSWS, 300, 300, 300, "three hundred")), evidence)));
        awaitReadModels();

        List<DeadLetterView> parked = deadLetters.deadLetters(FIGURES, 100);
        assertThat(parked).extracting(DeadLetterView::streamId, DeadLetterView::sequenceNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(POISONED, 1L),
                        org.assertj.core.groups.Tuple.tuple(POISONED, 2L));
        // a page of one: the letter that failed, not the one parked behind it
        assertThat(deadLetters.deadLetters(1)).extracting(DeadLetterView::streamId, DeadLetterView::sequenceNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(POISONED, 1L));
        assertThat(parked.get(0).payloadType()).isEqualTo(CasualtiesReported.class.getName());
        assertThat(parked.get(0).cause()).contains("cannot handle poison");

        // every other stream went on: the whole 2011 case is in the figures read model
        DisputeFigures zhanaozen = figures(ZhanaozenCase.DISPUTE, true);
        assertThat(zhanaozen.group(FigureKind.KILLED, ZhanaozenCase.SHOOTING)).isPresent();
        assertThat(zhanaozen.group(FigureKind.ARRESTED, ZhanaozenCase.SHOOTING)).isPresent();
        // and the poisoned record is not, nor the record behind it in its stream
        assertThat(figures(POISONED, true).groups()).isEmpty();
        // no view shows the parked records until they are processed
        assertThat(timeline(POISONED, true).entry("open")).isPresent();
        assertThat(timeline(POISONED, true).entry("poison")).isEmpty();

        // a retry while still broken leaves it parked
        assertThat(deadLetters.retryAll(FIGURES)).isZero();
        assertThat(deadLetters.size(FIGURES)).isEqualTo(2);

        BROKEN.set(false);
        assertThat(deadLetters.retry(FIGURES, parked.get(0).messageIdentifier())).isTrue();

        assertThat(deadLetters.size(FIGURES)).isZero();
        await().atMost(PATIENCE).untilAsserted(() -> {
            DisputeFigures poisoned = figures(POISONED, true);
            assertThat(poisoned.group(FigureKind.KILLED, "Poisoned incident").orElseThrow().spread().independent().low())
                    .isEqualTo(2);
            assertThat(poisoned.ofKind(FigureKind.PARTICIPANTS)).hasSize(1);
        });
    }
}
