package nl.schakel.handling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.internal.Timeline;
import nl.schakel.meetings.AgendaDecisionTaken;
import nl.schakel.meetings.DecisionKind;
import nl.schakel.meetings.ItemKind;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralOverdue;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Handling with what it depends on, without notifications: a "trafficking" choice and a closing are published with
 * the signal's id, and the partners' moves published by routing move the signal and land on its timeline. The
 * intake is started for the port {@code signal.ReporterChannel} it implements (informing the reporter).
 */
@SchakelModuleTest(extraIncludes = {"database", "demo", "intake", "sealing", "forms"})
class HandlingModuleIntegrationTests {

    @Autowired
    SignalHandling handling;
    @Autowired
    Classifications classifications;
    @Autowired
    SignalRecords records;
    @Autowired
    Signals signals;
    @Autowired
    Timeline timeline;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private SchakelUser officer;
    private SignalId signal;
    private UUID moviera;

    @BeforeEach
    void aSignalForUtrechtsOfficer() {
        ModuleFixtures.OfficersSignal given = ModuleFixtures.officersSignal(records, jdbc, "Ana Handling");
        officer = given.officer();
        signal = given.signal();
        moviera = given.moviera();
    }

    @AfterEach
    void reset() {
        ModuleFixtures.stopActing();
        clock.reset();
    }

    @Test
    void aMeetingsDecisionOnTheSignalLandsOnItsTimeline(Scenario scenario) {
        scenario.publish(new AgendaDecisionTaken(UUID.randomUUID(), UUID.randomUUID(), ItemKind.SIGNAL, signal.value(),
                        null, DecisionKind.ESCALATE_RIEC, null, officer.userId(), clock.instant()))
                .andWaitForStateChange(() -> timeline.of(signal).stream()
                        .filter(step -> step.kind() == TimelineKind.MEETING_DECISION).toList(), steps -> !steps.isEmpty())
                .andVerify(steps -> assertThat(steps).extracting(Timeline.Step::detail)
                        .containsExactly(DecisionKind.ESCALATE_RIEC.name()));
    }

    @Test
    void choosingTraffickingPublishesThatItAwaitsASecondPersonOfTheOrganisation(Scenario scenario) {
        scenario.stimulate(() -> classifications.classify(officer, signal, ClassificationLevel.TRAFFICKING,
                        "Sterke signalen"))
                .andWaitForEventOfType(ClassificationAwaitingConfirmation.class)
                .matchingMappedValue(ClassificationAwaitingConfirmation::signalId, signal)
                .toArriveAndVerify(event -> {
                    assertThat(event.organisationId()).isEqualTo(officer.organisationId());
                    assertThat(event.proposedBy()).isEqualTo(officer.userId());
                });
    }

    @Test
    void closingPublishesTheOutcomeAndTheRetentionDate(Scenario scenario) {
        scenario.stimulate(() -> handling.close(officer, signal, ClosingOutcome.WITHDRAWN, "Dubbel gemeld", null))
                .andWaitForEventOfType(SignalClosed.class)
                .matchingMappedValue(SignalClosed::signalId, signal)
                .toArriveAndVerify((event, retainUntil) -> {
                    assertThat(event.outcome()).isEqualTo(ClosingOutcome.WITHDRAWN);
                    assertThat(event.retainUntil()).isEqualTo(retainUntil).isAfter(LocalDate.now(clock));
                });
    }

    @Test
    void aSentReferralMovesTheSignalToRoutedAndOntoItsTimeline(Scenario scenario) {
        scenario.publish(new ReferralChanged(ReferralId.random(), signal, officer.organisationId(), moviera,
                        ReferralStatus.SENT, officer.userId(), clock.instant()))
                .andWaitForStateChange(() -> signals.status(signal).orElseThrow(), SignalStatus.ROUTED::equals)
                .andVerify(status -> assertThat(timeline.of(signal))
                        .extracting(Timeline.Step::kind, Timeline.Step::detail, Timeline.Step::organisationId)
                        .contains(tuple(TimelineKind.REFERRAL, ReferralStatus.SENT.name(), moviera)));
    }

    @Test
    void anOverdueReferralLandsOnTheTimeline(Scenario scenario) {
        scenario.publish(new ReferralOverdue(ReferralId.random(), signal, officer.organisationId(), moviera,
                        clock.instant().minus(Duration.ofDays(1))))
                .andWaitForStateChange(() -> timeline.of(signal).stream()
                        .filter(step -> step.kind() == TimelineKind.REFERRAL && "OVERDUE".equals(step.detail()))
                        .toList())
                .andVerify(steps -> assertThat(steps).singleElement()
                        .extracting(Timeline.Step::organisationId).isEqualTo(moviera));
    }
}
